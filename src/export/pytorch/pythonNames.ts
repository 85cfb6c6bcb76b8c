/**
 * Names the exported script cannot give a node: Python's keywords, the names the script itself
 * uses, and the attributes of `torch.nn.Module` (a layer stored as `self.train` would hide
 * `Module.train`). Listed from PyTorch 1.13's `dir(nn.Module)`, plus 2.x's `compile`.
 */
const RESERVED = new Set([
  // keywords and soft keywords
  ...'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield case match'.split(' '),
  // the script's own names
  ...'self x target net torch nn F np csv sys Path Net logits loss_fn'.split(' '),
  // torch.nn.Module's public attributes
  ...('add_module apply bfloat16 buffers children compile cpu cuda double dump_patches eval extra_repr float forward get_buffer ' +
    'get_extra_state get_parameter get_submodule half ipu load_state_dict modules named_buffers named_children named_modules ' +
    'named_parameters parameters register_backward_hook register_buffer register_forward_hook register_forward_pre_hook ' +
    'register_full_backward_hook register_load_state_dict_post_hook register_module register_parameter requires_grad_ ' +
    'set_extra_state share_memory state_dict to to_empty train training type xpu zero_grad T_destination').split(' '),
]);

/**
 * A Python identifier for each node id, as readable as the id allows: `dense1` stays `dense1`,
 * `hidden layer-2` becomes `hidden_layer_2`, `2nd` becomes `n2nd`, `train` becomes `train_2`.
 * Different ids always get different names (a clash gets `_2`, `_3`, …). ASCII only, never
 * starting with `_` (private in Python) or a digit.
 */
export function pythonNames(ids: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const id of ids) {
    const stem = identifierStem(id);
    let name = stem;
    for (let n = 2; RESERVED.has(name) || taken.has(name); n++) name = `${stem}_${n}`;
    taken.add(name);
    names.set(id, name);
  }
  return names;
}

function identifierStem(id: string): string {
  const words = id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (words === '') return 'node';
  return /^[0-9]/.test(words) ? `n${words}` : words;
}

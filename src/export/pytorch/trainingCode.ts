import type { LossFn, ResolvedTrainingSettings } from '../../model/index.ts';
import type { ExportGraph } from '../exportGraph.ts';
import { csvColumns, type ScriptData } from './dataCode.ts';
import { pythonFloat, pythonLiteral } from './pythonLiterals.ts';

/**
 * How each Netloom loss is written in PyTorch. The cross-entropies read the logits (the head's
 * input), as Netloom's fused softmax and sigmoid heads do; mse reads the output.
 */
export const PYTORCH_LOSSES: Record<LossFn, { readsLogits: boolean; code: string; doc: string }> = {
  mse: {
    readsLogits: false,
    code: 'F.mse_loss(net(x), target)',
    doc: "Netloom's mse: the mean of (output - target)² over rows and outputs (no ½).",
  },
  cross_entropy: {
    readsLogits: true,
    code: 'F.cross_entropy(net(x, logits=True), target)',
    doc:
      "Netloom's cross_entropy: the mean over rows of -Σ target · log softmax(logits), computed from\n" +
      '    the logits as Netloom\'s fused softmax head does. target: one row of class probabilities per input.',
  },
  binary_cross_entropy: {
    readsLogits: true,
    code: 'F.binary_cross_entropy_with_logits(net(x, logits=True), target)',
    doc:
      "Netloom's binary_cross_entropy: the mean over rows and outputs of -t log σ(z) - (1 - t) log(1 - σ(z)),\n" +
      "    computed from the logits z as Netloom's fused sigmoid head does.",
  },
};

/** The training settings at the top of the script: the model's, with Netloom's defaults where it has none. */
export function settingsConstants(settings: ResolvedTrainingSettings): string {
  return `# Training settings from the model (Netloom's defaults where it has none).
OPTIMIZER = ${pythonLiteral(settings.optimizer)}  # "sgd", "momentum" or "adam", with Netloom's constants (see make_optimizer)
LEARNING_RATE = ${pythonFloat(settings.lr)}
BATCH_SIZE = ${settings.batchSize}
EPOCHS = ${settings.epochs}
L2 = ${pythonFloat(settings.l2)}  # added as L2 · w to the gradient of each Linear weight, not to the biases, as Netloom does
SEED = ${settings.seed}  # seeds the order of the batches (Netloom's own generator also drew the initial weights)`;
}

/** `loss_fn`, `make_optimizer`, `train_step` and `train`: one Netloom training step and run, in PyTorch. */
export function trainingFunctions({ loss, minTrainingRows }: Pick<ExportGraph, 'loss' | 'minTrainingRows'>, readCsv: string, scriptName: string): string {
  const { code, doc } = PYTORCH_LOSSES[loss.fn];
  const { leftOut, loader } = batching(minTrainingRows);
  return `def loss_fn(net, x, target):
    """${doc}"""
    return ${code}


def make_optimizer(net, optimizer=OPTIMIZER, lr=LEARNING_RATE, l2=L2):
    """Netloom's optimizer, with Netloom's constants, as a PyTorch one.

    sgd: w -= lr · g. momentum: v = 0.9 v + g, w -= lr · v (the heavy ball; PyTorch's SGD momentum).
    adam: β1 0.9, β2 0.999, ε 1e-8, bias-corrected (Kingma & Ba, algorithm 1). L2 is added to the
    gradient of the Linear weights (Netloom's kernels) before the update, and not to the biases:
    weight_decay on that group of parameters does exactly this (so for adam this is Adam with an
    L2 term, as in Netloom, not AdamW).
    """
    kernels = [module.weight for module in net.modules() if isinstance(module, nn.Linear)]
    decayed = {id(kernel) for kernel in kernels}
    others = [parameter for parameter in net.parameters() if id(parameter) not in decayed]
    groups = [{"params": kernels, "weight_decay": l2}, {"params": others, "weight_decay": 0.0}]
    if optimizer == "sgd":
        return torch.optim.SGD(groups, lr=lr)
    if optimizer == "momentum":
        return torch.optim.SGD(groups, lr=lr, momentum=0.9)
    if optimizer == "adam":
        return torch.optim.Adam(groups, lr=lr, betas=(0.9, 0.999), eps=1e-8)
    raise ValueError(f'optimizer: expected "sgd", "momentum" or "adam", got {optimizer!r}')


def train_step(net, optimizer, x, target):
    """One Netloom training step: the gradients of the batch's mean loss, then one update. Returns the loss."""
    optimizer.zero_grad()
    loss = loss_fn(net, x, target)
    loss.backward()
    optimizer.step()
    return loss.item()


${readCsv}


# On several GPUs, PyTorch's DistributedDataParallel (DDP) trains one copy of the network per GPU
# on its share of each epoch, and torchrun starts the copies:
#     torchrun --nproc_per_node=4 ${scriptName} data.csv
# For that, train() needs the three changes of https://pytorch.org/tutorials/intermediate/ddp_tutorial.html:
# torch.distributed.init_process_group("nccl") with device = int(os.environ["LOCAL_RANK"]);
# net = nn.parallel.DistributedDataParallel(net.to(device), device_ids=[device]); and
# DataLoader(..., sampler=DistributedSampler(dataset)) with x and target moved .to(device).
# loss_fn calls the network itself, so DDP sees every pass. This is PyTorch's own: Netloom does not test it.
def train(data, epochs=EPOCHS, net=None):
    """Trains net (by default Net(): the network as exported) with the settings above, and returns it.

    data: the path of a CSV file (see read_csv), or a torch Dataset of (input, target) pairs
    encoded the same way. Each epoch visits every row once in shuffled batches of BATCH_SIZE (the
    last may be smaller), as Netloom does; the shuffling is torch's, seeded with SEED, so the
    batches are not Netloom's. Every row trains: Netloom held part of its rows back as a test split.
    Prints the mean loss of each epoch.${leftOut}
    """
    torch.manual_seed(SEED)
    net = Net() if net is None else net
    dataset = TensorDataset(*read_csv(data)) if isinstance(data, (str, Path)) else data
${loader}
    optimizer = make_optimizer(net)
    net.train()
    for epoch in range(1, epochs + 1):
        total, rows = 0.0, 0
        for x, target in loader:
            total += train_step(net, optimizer, x, target) * len(x)
            rows += len(x)
        print(f"epoch {epoch}/{epochs}: loss {total / rows:.4f}")
    net.eval()
    return net`;
}

/**
 * How `train` batches an epoch, as Netloom's trainer does: every row once, the last batch
 * smaller, or left out when it has fewer rows than a training batch needs (BatchNorm's batch
 * statistics need 2). A sentence for the docstring, and the DataLoader's line.
 */
function batching(minTrainingRows: number): { leftOut: string; loader: string } {
  if (minTrainingRows <= 1) return { leftOut: '', loader: '    loader = DataLoader(dataset, batch_size=BATCH_SIZE, shuffle=True)' };
  return {
    leftOut: `\n    As in Netloom, a last batch under ${minTrainingRows} rows is left out: BatchNorm's batch statistics need ${minTrainingRows}.`,
    loader: `    # drop_last leaves out the last batch when it has under ${minTrainingRows} rows (see above).
    loader = DataLoader(dataset, batch_size=BATCH_SIZE, shuffle=True, drop_last=len(dataset) % BATCH_SIZE < ${minTrainingRows})`,
  };
}

/** The script's `__main__`: train on the CSV file given, save the weights beside the script. */
export function mainBlock(data: ScriptData): string {
  const columns = csvColumns(data).join(', ');
  return `if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: python3 {sys.argv[0]} data.csv   (a CSV file whose header names ${columns})")
    trained = train(sys.argv[1])
    saved = Path(__file__).with_suffix(".pt")
    torch.save(trained.state_dict(), saved)
    print(f"saved the trained weights to {saved}; load them with Net().load_state_dict(torch.load(...))")`;
}

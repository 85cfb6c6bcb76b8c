"""Runs exported Netloom PyTorch scripts on given batches and prints what they compute, as JSON.

    /usr/bin/python3 checkScripts.py cases.json > results.json

cases.json is a list of {"script": path, "dtype": "float32" | "float64", "x": rows, "target":
rows, "training": bool, "steps": [{"optimizer", "lr", "l2", "count"}], "epoch": bool}. For each
case, with the script's own Net, loss_fn, make_optimizer, train_step and train, in that dtype
(float32 is how the script runs; float64 takes float32's rounding out of the comparison): the
output of Net() in eval mode; with "training", the loss and every parameter's gradient on the
batch in train mode, and, for each entry of "steps", the state dict (parameters and floating-point
buffers: BatchNorm's running statistics) after `count` steps of that optimizer on the batch,
starting again from Net(); with "epoch", what train() prints for one epoch over the batch's rows
in batches of the script's BATCH_SIZE. Tensors are keyed by state-dict name.
"""
import contextlib
import importlib.util
import io
import json
import sys

import torch
from torch.utils.data import TensorDataset


def load_script(path, index):
    spec = importlib.util.spec_from_file_location(f"netloom_export_{index}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gradients(net):
    return {name: parameter.grad.tolist() for name, parameter in net.named_parameters()}


def floating_state(net):
    return {name: value.tolist() for name, value in net.state_dict().items() if value.is_floating_point()}


def one_epoch(script, x, target):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        script.train(TensorDataset(x, target), epochs=1)
    return printed.getvalue()


def check(script, case):
    dtype = getattr(torch, case["dtype"])
    x = torch.tensor(case["x"], dtype=dtype)
    target = torch.tensor(case["target"], dtype=dtype)
    net = script.Net().to(dtype)
    with torch.no_grad():
        output = net(x)
    result = {"output": output.tolist()}
    if case["training"]:
        net.train()
        loss = script.loss_fn(net, x, target)
        loss.backward()
        result.update(loss=loss.item(), grads=gradients(net), steps=[])
        for step in case["steps"]:
            net = script.Net().to(dtype)
            net.train()
            optimizer = script.make_optimizer(net, step["optimizer"], step["lr"], step["l2"])
            for _ in range(step["count"]):
                script.train_step(net, optimizer, x, target)
            result["steps"].append(floating_state(net))
    if case["epoch"]:
        result["epoch"] = one_epoch(script, x, target)
    return result


if __name__ == "__main__":
    # One thread: the same sums in the same order on every run (and CI has two cores for everything).
    torch.set_num_threads(1)
    with open(sys.argv[1]) as file:
        cases = json.load(file)
    json.dump([check(load_script(case["script"], i), case) for i, case in enumerate(cases)], sys.stdout)

"""How encoder_reference.json was made (tests/unit/test_encoder.py): the same model files
run by transformers' BertModel in PyTorch, with sentence-transformers' mean pooling and
normalisation, for the texts in argv[1], written to argv[2]. Run once by hand in a
separate virtualenv with torch, the files unpacked in /tmp/enc/m."""
import json
import os
import shutil
import sys

import torch
from transformers import BertModel, BertTokenizerFast

os.makedirs('/tmp/refmodel', exist_ok=True)
shutil.copy('/tmp/enc/m/config.json', '/tmp/refmodel/config.json')
for f in ['model.safetensors', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json']:
    shutil.copy('/tmp/enc/m/' + f, '/tmp/refmodel/' + f)
tok = BertTokenizerFast.from_pretrained('/tmp/refmodel')
m = BertModel.from_pretrained('/tmp/refmodel').eval()
texts = json.load(open(sys.argv[1]))
out = []
with torch.no_grad():
    for t in texts:
        b = tok([t], return_tensors='pt', truncation=True, max_length=128)
        h = m(**b).last_hidden_state
        mask = b['attention_mask'].unsqueeze(-1).float()
        v = (h * mask).sum(1) / mask.sum(1)
        v = torch.nn.functional.normalize(v, dim=1)
        out.append(v[0].numpy().round(6).tolist())
json.dump({"texts": texts, "vectors": out}, open(sys.argv[2], 'w'))

// Reference outputs of the shipped TensorFlow.js models for TfjsParityTest.
// Run from this folder: npm install && node generate.mjs  (Node 18+, no native code, no downloads at run time)
// Pre-processing follows @vladmandic/human 3.x: src/object/centernet.ts (resizeBilinear to 512x512 of the
// float RGB frame, execute 'tower_0/detections') and src/body/movenet.ts + movenetfix.ts padInput (zero-pad
// the short edge by trunc(diff / 2) on each side, resizeBilinear to 256x256, cast to int32).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { PNG } from 'pngjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const models = path.join(root, 'ingest/src/main/resources/io/cotasks/ingest/models');
const frames = [
  'samples/star/homepage/keyframes/0BNML/000072.png',
  'samples/star/homepage/keyframes/LEG82/000026.png',
  'samples/star/homepage/keyframes/TJZ0P/000014.png',
];

async function load(name) {
  const json = JSON.parse(fs.readFileSync(path.join(models, `${name}.json`), 'utf8'));
  const bin = fs.readFileSync(path.join(models, `${name}.bin`));
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  const weightData = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
  return loadGraphModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData,
    format: json.format, generatedBy: json.generatedBy, convertedBy: json.convertedBy }));
}

function frame(file) {
  const png = PNG.sync.read(fs.readFileSync(path.join(root, file)));
  const rgb = new Float32Array(png.width * png.height * 3);
  for (let i = 0; i < png.width * png.height; i++) {
    rgb[3 * i] = png.data[4 * i];
    rgb[3 * i + 1] = png.data[4 * i + 1];
    rgb[3 * i + 2] = png.data[4 * i + 2];
  }
  return tf.tensor4d(rgb, [1, png.height, png.width, 3], 'float32');
}

function centernet(model, input) {
  const resized = tf.image.resizeBilinear(input, [512, 512]);
  const out = model.execute(resized, 'tower_0/detections');
  return out.arraySync()[0];
}

function movenet(model, input) {
  const [h, w] = [input.shape[1], input.shape[2]];
  const padH = w > h ? Math.trunc((w - h) / 2) : 0;
  const padW = h > w ? Math.trunc((h - w) / 2) : 0;
  const padded = tf.pad(input, [[0, 0], [padH, padH], [padW, padW], [0, 0]]);
  const resized = tf.image.resizeBilinear(padded, [256, 256]);
  const out = model.execute(tf.cast(resized, 'int32'));
  return out.arraySync()[0];
}

await tf.setBackend('cpu');
const center = await load('centernet');
const move = await load('movenet-multipose');
const results = [];
for (const file of frames) {
  const input = frame(file);
  results.push({ frame: file, width: input.shape[2], height: input.shape[1],
    centernet: centernet(center, input), movenet: movenet(move, input) });
}
const out = path.join(root, 'ingest/src/test/resources/tfjs-parity/expected.json');
fs.writeFileSync(out, JSON.stringify({
  generatedBy: `tfjs-core ${tf.version_core}, backend ${tf.getBackend()}, node ${process.version}`,
  frames: results }, null, 1) + '\n');
console.log(`wrote ${out}`);

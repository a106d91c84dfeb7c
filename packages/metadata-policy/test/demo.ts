// The demo data's alpha key and a small baseline policy over the emulator's demo images.
export const ALPHA_KEY = "imgctl-demo$alpha";

export const DEMO_POLICY = `apiVersion: metadata-policy/v1
kind: MetadataPolicy
metadata: { name: demo-baseline, layer: org }
spec:
  rules:
    - { id: owner-required, type: required, keys: [owner], match: { visibility: [private] } }
    - { id: env-values, type: allowedValues, key: env, values: [dev, staging, prod] }
    - { id: public-os, type: required, keys: [os_distro, os_version], match: { visibility: [public] } }
    - { id: cost-center-default, type: default, key: cost_center, value: unassigned, match: { visibility: [private] } }
    - { id: no-secrets, type: forbidden, patterns: ["password|secret|token"], flags: i, search: true }
`;

//! Placeholder: written by the kubeconfig task.

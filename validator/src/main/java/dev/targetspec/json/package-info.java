/**
 * Strict JSON reading within limits (no duplicate keys, comments, NaN or trailing content), JSON
 * pointers, and where each value is in its file. The bottom layer: it uses Jackson and nothing else
 * of targetspec.
 */
package dev.targetspec.json;

using FaqIndex.Content;

namespace FaqIndex.Search;

/// <summary>One matching entry and its calibrated confidence (0–1).</summary>
public sealed record FaqHit(FaqEntry Entry, double Score);

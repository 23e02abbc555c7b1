namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>One surface found by a common-prefix lookup: its length in chars and its run of entries.</summary>
internal readonly record struct PrefixMatch(int Length, int FirstEntry, int EntryCount);

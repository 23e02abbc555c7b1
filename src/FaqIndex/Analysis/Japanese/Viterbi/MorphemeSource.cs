namespace FaqIndex.Analysis.Japanese.Viterbi;

/// <summary>Which dictionary a morpheme's word id refers to.</summary>
internal enum MorphemeSource : byte
{
    /// <summary>The system dictionary (IPADIC CSV entries).</summary>
    Known,

    /// <summary>An unknown-word entry (unk.def) chosen by character category.</summary>
    Unknown,

    /// <summary>A segment of a user-dictionary entry.</summary>
    User,
}

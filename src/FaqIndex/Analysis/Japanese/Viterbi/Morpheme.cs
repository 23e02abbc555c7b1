namespace FaqIndex.Analysis.Japanese.Viterbi;

/// <summary>One token of a segmented line: where its surface is, which entry describes it, and its place in the
/// token graph (a compound kept in search mode has increment 0 and spans several positions).</summary>
internal struct Morpheme
{
    /// <summary>Start of the surface, in chars from the start of the segmented text.</summary>
    public int Start;

    /// <summary>Length of the surface in chars.</summary>
    public int Length;

    /// <summary>Entry id within the dictionary named by <see cref="Source"/>.</summary>
    public int WordId;

    /// <summary>Lucene position increment (1, or 0 for a compound stacked on its first part).</summary>
    public int PositionIncrement;

    /// <summary>Lucene position length (number of parts for a compound, else 1).</summary>
    public int PositionLength;

    /// <summary>The dictionary of <see cref="WordId"/>.</summary>
    public MorphemeSource Source;
}

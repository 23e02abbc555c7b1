namespace FaqIndex.Analysis.Japanese.Viterbi;

/// <summary>A word candidate in the lattice, stored in a struct array; links are indexes into that array.</summary>
internal struct LatticeNode
{
    public int Start;
    public int Length;
    public int LeftId;
    public int RightId;
    public int WordCost;
    public int WordId;
    public long Cost;
    public int Previous;
    public int NextEnding;
    public MorphemeSource Source;
}

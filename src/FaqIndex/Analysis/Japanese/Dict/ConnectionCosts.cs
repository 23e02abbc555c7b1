namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>The connection-cost matrix (matrix.def). Reads ConnectionCosts.bin.</summary>
internal sealed class ConnectionCosts
{
    private readonly DictionaryTable<short> costs;

    public ConnectionCosts(DictionaryFileReader reader)
    {
        ForwardSize = reader.ReadInt32();
        BackwardSize = reader.ReadInt32();
        costs = reader.ReadArray<short>();
        if (ForwardSize <= 0 || BackwardSize <= 0 || costs.Length != ForwardSize * BackwardSize)
        {
            throw reader.Error("matrix size does not match its header");
        }
    }

    /// <summary>Number of right-context ids (of the left word).</summary>
    public int ForwardSize { get; }

    /// <summary>Number of left-context ids (of the right word).</summary>
    public int BackwardSize { get; }

    /// <summary>The row of costs for a right word with <paramref name="leftId"/>, indexed by the left word's right id.</summary>
    public ReadOnlySpan<short> Row(int leftId) => costs.Slice(leftId * ForwardSize, ForwardSize);

    /// <summary>Cost of a word with right id <paramref name="rightId"/> followed by one with left id <paramref name="leftId"/>.</summary>
    public int Get(int rightId, int leftId) => costs[leftId * ForwardSize + rightId];
}

namespace FaqIndex.DictionaryCompiler;

/// <summary>Compiles matrix.def into ConnectionCosts.bin, laid out as costs[leftIdOfRight * forwardSize +
/// rightIdOfLeft] so that the Viterbi inner loop (one right node, many left nodes) reads one row.</summary>
internal static class ConnectionCostsBuilder
{
    public static void Build(string matrix, string outputDirectory)
    {
        short[]? costs = null;
        int forwardSize = 0, backwardSize = 0;
        foreach (var (number, line) in DictionaryBuilder.Lines(matrix))
        {
            if (line.Length == 0)
            {
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (costs is null)
            {
                forwardSize = int.Parse(parts[0]);
                backwardSize = int.Parse(parts[1]);
                costs = new short[forwardSize * backwardSize];
                continue;
            }
            if (parts.Length != 3)
            {
                throw new InvalidDataException($"matrix.def:{number}: expected 'right_id left_id cost'");
            }
            var rightIdOfLeft = int.Parse(parts[0]);
            var leftIdOfRight = int.Parse(parts[1]);
            costs[leftIdOfRight * forwardSize + rightIdOfLeft] = checked((short)int.Parse(parts[2]));
        }
        if (costs is null)
        {
            throw new InvalidDataException("matrix.def is empty");
        }
        using var writer = new BinaryFileWriter(outputDirectory, "ConnectionCosts");
        writer.Write(forwardSize);
        writer.Write(backwardSize);
        writer.Write(costs);
    }
}

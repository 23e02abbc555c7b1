namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>One token of a <see cref="CannedMorphemeTokenStream"/>; <paramref name="Morpheme"/> is a row of its
/// <see cref="TestMorphemeFeatures"/> or -1 for none.</summary>
public sealed record CannedToken(string Term, int Start, int End, int PositionIncrement = 1, int PositionLength = 1,
    int Morpheme = -1, bool Keyword = false);

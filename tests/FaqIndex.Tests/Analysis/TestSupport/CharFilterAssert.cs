using System.Text;
using Lucene.Net.Analysis;

namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>Checks shared by the CharFilter tests: the same output whatever the read size, and corrected offsets
/// that stay within the original text and never go backwards.</summary>
public static class CharFilterAssert
{
    /// <summary>Reads everything from a fresh filter over <paramref name="input"/> in chunks of <paramref name="chunk"/>.</summary>
    public static string ReadAll(Func<TextReader, CharFilter> create, string input, int chunk, out CharFilter filter)
    {
        filter = create(new StringReader(input));
        var output = new StringBuilder();
        var buffer = new char[chunk + 3];
        int read;
        while ((read = filter.Read(buffer, 3, chunk)) > 0)
        {
            output.Append(buffer, 3, read);
        }
        Assert.Equal(0, filter.Read(buffer, 0, chunk));
        Assert.Equal(-1, filter.Read());
        return output.ToString();
    }

    /// <summary>Filters <paramref name="input"/> with several read sizes, expects <paramref name="expected"/>, and
    /// checks the offset map; returns the filter of the last read for more offset checks.</summary>
    public static CharFilter AssertFilters(Func<TextReader, CharFilter> create, string input, string expected)
    {
        CharFilter filter = null!;
        foreach (int chunk in new[] { 1, 2, 7, 4096 })
        {
            string output = ReadAll(create, input, chunk, out filter);
            Assert.Equal(expected, output);
            AssertOffsetsValid(filter, output.Length, input.Length);
        }
        return filter;
    }

    /// <summary>Every output offset maps into [0, input length], monotonically, and the end maps to the end.</summary>
    public static void AssertOffsetsValid(CharFilter filter, int outputLength, int inputLength)
    {
        int last = 0;
        for (int i = 0; i <= outputLength; i++)
        {
            int corrected = filter.CorrectOffset(i);
            Assert.True(corrected >= last && corrected <= inputLength, $"offset {i} → {corrected} (previous {last}, input {inputLength})");
            last = corrected;
        }
        Assert.Equal(inputLength, filter.CorrectOffset(outputLength));
    }

    /// <summary>Arbitrary UTF-16 (lone surrogates included) gives the same output for every read size, with valid offsets.</summary>
    public static void AssertArbitraryUtf16(Func<TextReader, CharFilter> create, int seed = 2024, int documents = 50)
    {
        var random = new Random(seed);
        for (int i = 0; i < documents; i++)
        {
            var chars = new char[random.Next(1, 3000)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)random.Next(0, 0x10000);
            }
            string input = new(chars);
            string expected = ReadAll(create, input, 4096, out _);
            AssertFilters(create, input, expected);
        }
    }
}

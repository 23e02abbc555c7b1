namespace FaqIndex.Analysis.Japanese;

/// <summary>Segmentation modes, as in Kuromoji.</summary>
public enum JapaneseTokenizerMode
{
    /// <summary>MeCab's segmentation, unchanged.</summary>
    Normal,

    /// <summary>Long compounds are also split into their parts (the compound is kept as a synonym unless discarded).</summary>
    Search,

    /// <summary>Search mode, and unknown words are split into single characters.</summary>
    Extended,
}

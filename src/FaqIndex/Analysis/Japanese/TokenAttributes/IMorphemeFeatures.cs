namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>Features of a dictionary entry, looked up by id on demand so the tokenizer never builds strings
/// that no filter reads. Implemented by each dictionary (system, unknown-word, user).</summary>
public interface IMorphemeFeatures
{
    /// <summary>Base form (lemma), e.g. 失くす for 失くした; null when it is the surface itself or unknown.</summary>
    string? GetBaseForm(int id);

    /// <summary>Part of speech as IPADIC's levels joined by '-', trailing '*' levels dropped (名詞-固有名詞-組織).</summary>
    string? GetPartOfSpeech(int id);

    /// <summary>Reading in katakana; null for unknown words.</summary>
    string? GetReading(int id);

    /// <summary>Pronunciation in katakana (ー for long vowels); null for unknown words.</summary>
    string? GetPronunciation(int id);

    /// <summary>Conjugation type (活用型, e.g. 五段・サ行); null when the word does not inflect.</summary>
    string? GetInflectionType(int id);

    /// <summary>Conjugation form (活用形, e.g. 連用形); null when the word does not inflect.</summary>
    string? GetInflectionForm(int id);
}

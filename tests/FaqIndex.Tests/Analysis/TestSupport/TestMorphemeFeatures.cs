using FaqIndex.Analysis.Japanese.TokenAttributes;

namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>A tiny in-memory dictionary of morpheme features, one row per token of a canned stream.</summary>
public sealed class TestMorphemeFeatures : IMorphemeFeatures
{
    private readonly List<Row> _rows = [];

    /// <summary>Adds a row and returns its id.</summary>
    public int Add(string? partOfSpeech, string? baseForm = null, string? reading = null, string? pronunciation = null,
        string? inflectionType = null, string? inflectionForm = null)
    {
        _rows.Add(new Row(partOfSpeech, baseForm, reading, pronunciation, inflectionType, inflectionForm));
        return _rows.Count - 1;
    }

    /// <summary>Adds a row from mecab's nine IPADIC features (pos1..pos4, conj type, conj form, base, reading,
    /// pronunciation; '*' and missing fields are null), the way the real dictionary reports them.</summary>
    public int AddMecabFeatures(string features)
    {
        string[] f = features.Split(',');
        string? Field(int i) => i < f.Length && f[i] != "*" ? f[i] : null;
        string pos = string.Join('-', f.Take(4).Where(level => level != "*"));
        return Add(pos, Field(6), Field(7), Field(8), Field(4), Field(5));
    }

    public string? GetBaseForm(int id) => _rows[id].BaseForm;

    public string? GetPartOfSpeech(int id) => _rows[id].PartOfSpeech;

    public string? GetReading(int id) => _rows[id].Reading;

    public string? GetPronunciation(int id) => _rows[id].Pronunciation;

    public string? GetInflectionType(int id) => _rows[id].InflectionType;

    public string? GetInflectionForm(int id) => _rows[id].InflectionForm;

    private sealed record Row(string? PartOfSpeech, string? BaseForm, string? Reading, string? Pronunciation,
        string? InflectionType, string? InflectionForm);
}

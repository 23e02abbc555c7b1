using FaqIndex.Search;
using FaqIndex.Search.Analysis;

namespace FaqIndex.Tests.Search.Analysis;

/// <summary>Words typed in kana or with a same-sound wrong kanji are also searched as the FAQ's own kanji word.</summary>
public sealed class ReadingLexiconTests
{
    private static readonly ReadingText Reading = new(userDictionary: null);
    private static readonly ReadingLexicon Lexicon = new(["電話", "番号", "期限", "証", "マイナ"], Reading);

    private static List<string> SoundAlikes(string question, string? alreadyHeld = null)
    {
        var terms = AnalyzedTerms.Analyze(FaqAnalyzers.CreateBigram(), FaqIndexFields.Reading, alreadyHeld ?? "");
        int before = terms.GroupCount;
        Lexicon.AddSoundAlikes(question, Reading.Of(question), terms);
        var added = new List<string>();
        for (int g = before; g < terms.GroupCount; g++)
        {
            added.Add(terms.Group(g)[0]);
        }
        return added;
    }

    [Fact]
    public void A_word_typed_in_hiragana_finds_the_kanji_word() =>
        Assert.Equal(["電話", "番号"], SoundAlikes("でんわばんごう"));

    [Fact]
    public void A_same_sound_wrong_kanji_finds_the_right_one() => Assert.Equal(["期限"], SoundAlikes("機嫌"));

    [Fact]
    public void A_word_the_question_already_holds_is_not_added_twice() => Assert.Empty(SoundAlikes("期限", alreadyHeld: "期限"));

    [Fact]
    public void A_word_written_out_in_the_question_is_not_added_again() => Assert.Empty(SoundAlikes("電話番号"));

    [Fact]
    public void Short_readings_and_words_without_kanji_are_left_out() => Assert.Empty(SoundAlikes("しょう まいな"));
}

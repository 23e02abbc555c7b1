using FaqIndex.Search;
using FaqIndex.Search.Analysis;

namespace FaqIndex.Tests.Search.Analysis;

/// <summary>Words typed in kana or with a same-sound wrong kanji are also searched as the FAQ's own kanji word.</summary>
public sealed class ReadingLexiconTests
{
    private static readonly ReadingText Reading = new(userDictionary: null);
    private static readonly ReadingLexicon Lexicon = new(["電話", "番号", "期限", "証", "マイナ", "保険証", "確認書", "確認"], Reading);

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

    [Fact]
    public void A_dropped_kana_inside_a_word_still_finds_it() => Assert.Equal(["確認書"], SoundAlikes("かくにしょ なくした"));

    [Fact]
    public void A_dropped_long_vowel_at_the_end_still_finds_the_word() => Assert.Equal(["保険証"], SoundAlikes("ほけんしょ つかえる"));

    [Fact]
    public void A_doubled_kana_still_finds_the_word() => Assert.Equal(["電話", "番号"], SoundAlikes("でんわばんんごう"));

    [Fact]
    public void A_dropped_last_kana_that_is_not_a_long_vowel_is_another_word() =>
        // かくにんし is 確認し(たい): the verb, not 確認書 with its ょ dropped.
        Assert.Equal(["確認"], SoundAlikes("かくにんしたい"));

    [Fact]
    public void A_misspelling_typed_in_katakana_finds_the_word_too() => Assert.Equal(["保険証"], SoundAlikes("ホケンショ"));

    [Fact]
    public void Misspellings_are_one_kana_doubled_or_dropped_but_never_the_first_nor_a_last_that_is_not_a_long_vowel() =>
        Assert.Equal(["カカクニン", "カククニン", "カニン", "カクニニン", "カクン", "カクニンン"], ReadingLexicon.Misspellings("カクニン"));
}

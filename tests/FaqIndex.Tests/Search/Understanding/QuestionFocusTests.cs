using FaqIndex.Search.Understanding;

namespace FaqIndex.Tests.Search.Understanding;

/// <summary>The question sentence of a long message is repeated so it outweighs the context.</summary>
public sealed class QuestionFocusTests
{
    [Fact]
    public void Repeats_the_question_sentence_of_a_long_message()
    {
        const string message = "先月引っ越しました。資格確認書の住所はどうすればいいですか?";
        Assert.Equal(message + " 資格確認書の住所はどうすればいいですか?", QuestionFocus.Weight(message));
    }

    [Fact]
    public void A_question_without_words_of_its_own_takes_the_sentence_before_it()
    {
        const string message = "病院で暗証番号を聞かれました。作ったときの番号を覚えていません。どうすればいいですか?";
        Assert.Equal(message + " 作ったときの番号を覚えていません。どうすればいいですか?", QuestionFocus.Weight(message));
    }

    [Fact]
    public void Leaves_a_single_sentence_alone()
    {
        const string question = "暗証番号を忘れました";
        Assert.Same(question, QuestionFocus.Weight(question));
    }
}

using System.Text;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.FollowUp.Scoring;

namespace Reintegra.Tests.FollowUp;

/// <summary>
/// The scoring of the Reintegration Sustainability Survey against the test vectors of shared/research/standards.md
/// §1.6 (all best, all worst, all "don't know", the two worked profiles), and its completeness rule.
/// </summary>
public class RssScoringTests
{
    private static readonly RssSpec Spec = RssSpec.Shipped();

    private static readonly int[] Answered = [.. Spec.Questions.Where(q => !q.Conditional).Select(q => q.Number)];

    private static void Expect(RssScores s, double economic, double social, double psychosocial, double composite)
    {
        Assert.Equal(economic, s.Economic!.Value, 4);
        Assert.Equal(social, s.Social!.Value, 4);
        Assert.Equal(psychosocial, s.Psychosocial!.Value, 4);
        Assert.Equal(composite, s.Composite!.Value, 4);
    }

    /// <summary>The best (or worst) option of every question.</summary>
    private static Dictionary<int, string> Extreme(bool best) => Spec.Questions
        .Where(q => !(best && q.Conditional))
        .ToDictionary(q => q.Number, q => (best ? q.Options.MaxBy(o => o.Value) : q.Options.MinBy(o => o.Value))!.Code);

    [Fact]
    public void Every_best_answer_scores_one_everywhere()
    {
        var s = RssScorer.Score(Spec, Extreme(best: true));
        Expect(s, 1, 1, 1, 1);
        Assert.True(s.Complete);
    }

    [Fact]
    public void Every_worst_answer_scores_zero_everywhere()
    {
        Expect(RssScorer.Score(Spec, Extreme(best: false)), 0, 0, 0, 0);
    }

    [Fact]
    public void All_dont_know_with_q29_refused_and_q30_missing_scores_one_half()
    {
        var answers = Answered.ToDictionary(q => q, _ => RssAnswers.DontKnow);
        answers[29] = RssAnswers.Refused;
        Expect(RssScorer.Score(Spec, answers), 0.5, 0.5, 0.5, 0.5);
    }

    [Fact]
    public void Dont_know_on_q29_counts_as_not_able_to_stay_while_refusing_counts_one_half()
    {
        var answers = Extreme(best: true);
        answers[29] = RssAnswers.DontKnow;
        var dontKnow = RssScorer.Score(Spec, answers);
        answers[29] = RssAnswers.Refused;
        var refused = RssScorer.Score(Spec, answers);
        // P29_30 has wD 0.15 and wC 0.10: from 1 to 0 (don't know) and to 0.5 (refused).
        Assert.Equal(0.85, dontKnow.Psychosocial!.Value, 4);
        Assert.Equal(0.90, dontKnow.Composite!.Value, 4);
        Assert.Equal(0.925, refused.Psychosocial!.Value, 4);
        Assert.Equal(0.95, refused.Composite!.Value, 4);
    }

    [Fact]
    public void Q30_counts_only_when_the_person_does_not_feel_able_to_stay_and_the_construct_is_clamped()
    {
        var answers = Extreme(best: true);
        answers[30] = "WishToLeave";
        Assert.Equal(1, RssScorer.Score(Spec, answers).Psychosocial!.Value, 4);
        answers[29] = "No";
        Assert.Equal(1, RssScorer.Score(Spec, answers).Psychosocial!.Value, 4);
        answers[30] = "NeedToLeave";
        Assert.Equal(0.85, RssScorer.Score(Spec, answers).Psychosocial!.Value, 4);
        answers[29] = RssAnswers.Refused;
        answers[30] = "WishToLeave";
        Assert.Equal(1, RssScorer.Score(Spec, answers).Psychosocial!.Value, 4); // 0.5 + 1 clamped to 1
    }

    [Fact]
    public void Case_D_recent_deportee_unemployed_matches_the_published_vector()
    {
        var v = new Dictionary<int, double>
        {
            [1] = .25,
            [2] = .5,
            [3] = 0,
            [4] = .75,
            [5] = 1,
            [6] = .25,
            [7] = 0,
            [8] = 0,
            [9] = 0,
            [10] = .5,
            [11] = .5,
            [12] = .75,
            [13] = 1,
            [14] = .25,
            [15] = 1,
            [16] = .5,
            [17] = .75,
            [18] = .5,
            [19] = .5,
            [21] = .5,
            [22] = .75,
            [23] = .75,
            [24] = .25,
            [25] = 1,
            [26] = .75,
            [27] = .25,
            [28] = 1,
            [29] = 0,
            [30] = 0,
        };
        Expect(RssScorer.ScoreValues(Spec, v), 0.2850, 0.5608, 0.5625, 0.4492);
    }

    [Fact]
    public void Case_F_employed_leaving_by_choice_matches_the_published_vector()
    {
        var v = new Dictionary<int, double>
        {
            [1] = .75,
            [2] = 1,
            [3] = 1,
            [4] = 1,
            [5] = 1,
            [6] = .75,
            [7] = 1,
            [8] = 1,
            [9] = 1,
            [10] = .75,
            [11] = .75,
            [12] = .75,
            [13] = .5,
            [14] = .5,
            [15] = 1,
            [16] = .75,
            [17] = 1,
            [18] = .75,
            [19] = .5,
            [21] = .75,
            [22] = 1,
            [23] = 1,
            [24] = .75,
            [25] = .75,
            [26] = 1,
            [27] = .75,
            [28] = 1,
            [29] = 1,
            [30] = 0,
        };
        Expect(RssScorer.ScoreValues(Spec, v), 0.9300, 0.6775, 0.8900, 0.8525);
    }

    [Fact]
    public void Case_D_answered_as_a_case_worker_would_gives_the_same_scores()
    {
        var answers = new Dictionary<int, string>
        {
            [1] = "Dissatisfied",
            [2] = "Sometimes",
            [3] = "No",
            [4] = "Rarely",
            [5] = "NoDebt",
            [6] = "Poor",
            [7] = "No",
            [8] = "NoAsset",
            [9] = "Yes",
            [10] = "Fair",
            [11] = "Fair",
            [12] = "Good",
            [13] = "Yes",
            [14] = "Poor",
            [15] = "Yes",
            [16] = "Fair",
            [17] = "Good",
            [18] = "Fair",
            [19] = "Fair",
            [21] = "Sometimes",
            [22] = "Good",
            [23] = "SomewhatAgree",
            [24] = "MostlyUnsafe",
            [25] = "Never",
            [26] = "Rarely",
            [27] = "Often",
            [28] = "No",
            [29] = "No",
            [30] = "NeedToLeave",
        };
        Expect(RssScorer.Score(Spec, answers), 0.2850, 0.5608, 0.5625, 0.4492);
    }

    [Fact]
    public void A_dimension_with_too_few_answers_is_not_scored_and_neither_is_the_composite()
    {
        var answers = Extreme(best: true);
        // Economic has 9 questions: 8 answered (0.89) is enough, 7 (0.78) is not under the 0.8 rule.
        answers.Remove(1);
        var eight = RssScorer.Score(Spec, answers);
        Assert.True(eight.Complete);
        Assert.Equal(1 - 0.15 * 0.5, eight.Economic!.Value, 4); // the missing answer is coded 0.5
        answers.Remove(2);
        var seven = RssScorer.Score(Spec, answers);
        Assert.Null(seven.Economic);
        Assert.Null(seven.Composite);
        Assert.False(seven.Complete);
        Assert.Equal(1, seven.Social!.Value, 4);
        Assert.Equal(1, seven.Psychosocial!.Value, 4);
    }

    [Fact]
    public void An_empty_survey_is_not_scored_and_q30_does_not_count_for_completeness()
    {
        var s = RssScorer.Score(Spec, new Dictionary<int, string>());
        Assert.Equal(new RssScores(null, null, null, null), s);
        var answers = Extreme(best: true);
        Assert.DoesNotContain(30, answers.Keys);
        Assert.Equal(1, RssScorer.AnsweredShare(Spec, Dimension.Psychosocial, answers));
    }

    [Fact]
    public void The_shipped_spec_carries_its_version_hash_and_the_published_weights()
    {
        Assert.Equal("rss-mimosa-2023.1", Spec.Version);
        Assert.Matches("^[0-9a-f]{64}$", Spec.Sha256);
        Assert.Equal(29, Spec.Items.Count);
        Assert.Equal(0.33, Spec.Items.Where(i => i.Dimension == Dimension.Economic).Sum(i => i.CompositeWeight), 4);
        Assert.Equal(0.34, Spec.Items.Where(i => i.Dimension == Dimension.Psychosocial).Sum(i => i.CompositeWeight), 4);
        Assert.Equal(0.08, Spec.Items.Single(i => i.Id == "E2").CompositeWeight, 4);
    }

    [Fact]
    public void Changed_weights_make_a_different_spec_and_inconsistent_weights_are_refused()
    {
        using var stream = typeof(RssSpec).Assembly.GetManifestResourceStream(RssSpec.ResourceName)!;
        var json = new StreamReader(stream).ReadToEnd();
        var changed = json.Replace("\"version\": \"rss-mimosa-2023.1\"", "\"version\": \"rss-test-2\"")
            .Replace("{ \"id\": \"E1\", \"q\": 1, \"dim\": \"economic\", \"wD\": 0.15", "{ \"id\": \"E1\", \"q\": 1, \"dim\": \"economic\", \"wD\": 0.14")
            .Replace("{ \"id\": \"E2\", \"q\": 2, \"dim\": \"economic\", \"wD\": 0.12", "{ \"id\": \"E2\", \"q\": 2, \"dim\": \"economic\", \"wD\": 0.13");
        var other = RssSpec.Parse(Encoding.UTF8.GetBytes(changed));
        Assert.Equal("rss-test-2", other.Version);
        Assert.NotEqual(Spec.Sha256, other.Sha256);
        Assert.Equal(0.14, other.Items.Single(i => i.Id == "E1").DimensionWeight, 4);

        var broken = json.Replace("{ \"id\": \"E1\", \"q\": 1, \"dim\": \"economic\", \"wD\": 0.15", "{ \"id\": \"E1\", \"q\": 1, \"dim\": \"economic\", \"wD\": 0.25");
        var e = Assert.Throws<InvalidOperationException>(() => RssSpec.Parse(Encoding.UTF8.GetBytes(broken)));
        Assert.Contains("Economic", e.Message);
    }
}

using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;

namespace Gyoryu.Domain.Tests.Performance;

public sealed class FeedbackTests
{
    // 2026-11-30 12:00 in Korea.
    private static readonly Stamp Officer = new("officer@gimpo", new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Opening_a_link_gives_an_unguessable_url_safe_token()
    {
        var first = FeedbackLink.Open("41570", 7, null, " 2026 청소년 홈스테이 ", new DateOnly(2026, 12, 31), Officer);
        var second = FeedbackLink.Open("41570", 7, null, "다른 링크", null, Officer);

        first.Token.Length.ShouldBe(22);
        first.Token.ShouldMatch("^[A-Za-z0-9_-]{22}$");
        first.Token.ShouldNotBe(second.Token);
        first.Title.ShouldBe("2026 청소년 홈스테이");
        first.CreatedBy.ShouldBe("officer@gimpo");
    }

    [Fact]
    public void A_link_needs_a_title_and_a_closing_date_not_in_the_past()
    {
        Should.Throw<DomainRuleException>(() => FeedbackLink.Open("41570", 7, null, " ", null, Officer)).Rule.ShouldBe("feedback-link.title");
        Should.Throw<DomainRuleException>(() => FeedbackLink.Open("41570", 7, null, "제목", new DateOnly(2026, 11, 29), Officer))
            .Korean.ShouldBe("마감일은 오늘 이후여야 합니다.");
        FeedbackLink.Open("41570", 7, null, "제목", new DateOnly(2026, 11, 30), Officer).IsOpen(new DateOnly(2026, 11, 30)).ShouldBeTrue();
    }

    [Fact]
    public void An_answer_is_counted_in_the_Korean_year_it_was_given_with_its_comment_trimmed()
    {
        var link = FeedbackLink.Open("41570", 7, 3, "홈스테이", null, Officer);

        // 2026-12-31 16:00 UTC is already 2027-01-01 in Korea.
        var feedback = link.Receive(5, "  즐거웠습니다  ", FeedbackRole.Citizen, new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero));

        feedback.Year.ShouldBe(2027);
        feedback.Satisfaction.ShouldBe(5);
        feedback.Comment.ShouldBe("즐거웠습니다");
        feedback.PartnershipId.ShouldBe(7);
        feedback.ActivityId.ShouldBe(3);
        feedback.OwnerCode.ShouldBe("41570");
        link.Receive(1, "   ", FeedbackRole.Participant, Officer.At).Comment.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_satisfaction_outside_1_to_5_is_refused_in_Korean(int satisfaction)
    {
        var link = FeedbackLink.Open("41570", 7, null, "홈스테이", null, Officer);

        var refusal = Should.Throw<DomainRuleException>(() => link.Receive(satisfaction, null, FeedbackRole.Citizen, Officer.At));

        refusal.Rule.ShouldBe("feedback.satisfaction");
        refusal.Field.ShouldBe("Satisfaction");
        refusal.Korean.ShouldBe("만족도는 1점에서 5점 사이로 골라 주세요.");
    }

    [Fact]
    public void A_long_comment_and_an_unknown_role_are_refused()
    {
        var link = FeedbackLink.Open("41570", 7, null, "홈스테이", null, Officer);

        Should.Throw<DomainRuleException>(() => link.Receive(3, new string('가', 1001), FeedbackRole.Citizen, Officer.At)).Field.ShouldBe("Comment");
        link.Receive(3, new string('가', 1000), FeedbackRole.Citizen, Officer.At).Comment!.Length.ShouldBe(1000);
        Should.Throw<DomainRuleException>(() => link.Receive(3, null, (FeedbackRole)9, Officer.At)).Rule.ShouldBe("feedback.role");
    }

    [Fact]
    public void A_closed_link_refuses_answers_the_day_after_it_closes()
    {
        var link = FeedbackLink.Open("41570", 7, null, "홈스테이", new DateOnly(2026, 12, 5), Officer);

        link.Receive(4, null, FeedbackRole.Citizen, new DateTimeOffset(2026, 12, 5, 14, 0, 0, TimeSpan.Zero)).Satisfaction.ShouldBe(4);
        var refusal = Should.Throw<DomainRuleException>(() => link.Receive(4, null, FeedbackRole.Citizen, new DateTimeOffset(2026, 12, 5, 15, 0, 0, TimeSpan.Zero)));

        refusal.Rule.ShouldBe("feedback.closed");
        refusal.Korean.ShouldBe("의견 접수가 마감되었습니다.");
        link.IsOpen(new DateOnly(2026, 12, 6)).ShouldBeFalse();
    }
}

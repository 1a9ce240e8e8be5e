using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Partnerships;

public sealed class PartnershipCommentTests
{
    private static readonly Stamp Glendale = new("Glendale Sister City Commission", new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_message_from_the_partner_keeps_its_author_time_and_trimmed_text()
    {
        var comment = PartnershipComment.Post(7, "  Our students arrive on 3 March.  ", fromPartner: true, Glendale);

        comment.PartnershipId.ShouldBe(7);
        comment.Text.ShouldBe("Our students arrive on 3 March.");
        comment.FromPartner.ShouldBeTrue();
        comment.AuthorName.ShouldBe("Glendale Sister City Commission");
        comment.PostedAt.ShouldBe(Glendale.At);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_blank_message_is_refused_naming_the_text(string? text)
    {
        var refusal = Should.Throw<DomainRuleException>(() => PartnershipComment.Post(7, text, fromPartner: false, Glendale));
        refusal.Field.ShouldBe("Text");
        refusal.Korean.ShouldBe("남길 말을 입력해 주세요.");
    }

    [Fact]
    public void A_message_over_two_thousand_characters_is_refused()
    {
        Should.NotThrow(() => PartnershipComment.Post(7, new string('가', PartnershipComment.MaxTextLength), fromPartner: false, Glendale));
        var refusal = Should.Throw<DomainRuleException>(() => PartnershipComment.Post(7, new string('가', PartnershipComment.MaxTextLength + 1), fromPartner: false, Glendale));
        refusal.Rule.ShouldBe("comment.long");
    }
}

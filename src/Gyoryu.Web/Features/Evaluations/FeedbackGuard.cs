using System.Globalization;
using System.Security.Cryptography;
using Gyoryu.Domain.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>
/// Spam checks of the public form besides rate limiting: a honeypot field people never see, and a protected stamp of when
/// the form was handed out, so an answer sent faster than a person can read is refused.
/// </summary>
public sealed class FeedbackGuard(IDataProtectionProvider protection, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    public const string Purpose = "Gyoryu.Feedback.FormStarted";

    /// <summary>The name of the honeypot field; bots fill in anything that looks like a web address.</summary>
    public const string HoneypotField = "Website";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    /// <summary>A stamp for a form of <paramref name="token"/> handed out now (or at <paramref name="at"/>).</summary>
    public string Issue(string token, DateTimeOffset? at = null) =>
        protector.Protect($"{token}|{(at ?? clock.GetUtcNow()).UtcTicks.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The refusal for a filled honeypot, a missing, forged or old stamp, or a form sent too fast; null when it looks human.</summary>
    public DomainRuleException? Check(string token, string? stamp, string? honeypot)
    {
        if (!string.IsNullOrWhiteSpace(honeypot))
        {
            return new DomainRuleException("feedback.spam", "의견을 접수할 수 없습니다. 페이지를 새로 고친 뒤 다시 작성해 주세요.",
                "Your answer could not be accepted. Reload the page and try again.");
        }

        var started = StartedAt(token, stamp);
        var now = clock.GetUtcNow();
        if (started is null || now - started.Value > TimeSpan.FromHours(options.Value.FormLifetimeHours))
        {
            return new DomainRuleException("feedback.form-expired", "작성 화면이 만료되었습니다. 페이지를 새로 고친 뒤 다시 제출해 주세요.",
                "This form has expired. Reload the page and send your answer again.");
        }

        if (now - started.Value < TimeSpan.FromSeconds(options.Value.MinimumFillSeconds))
        {
            return new DomainRuleException("feedback.too-fast", "너무 빨리 제출되었습니다. 내용을 확인하신 뒤 잠시 후 다시 제출해 주세요.",
                "That was sent too quickly. Please check your answer and send it again in a moment.");
        }

        return null;
    }

    private DateTimeOffset? StartedAt(string token, string? stamp)
    {
        if (string.IsNullOrEmpty(stamp))
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(stamp).Split('|');
            return parts.Length == 2 && parts[0] == token && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? new DateTimeOffset(ticks, TimeSpan.Zero)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

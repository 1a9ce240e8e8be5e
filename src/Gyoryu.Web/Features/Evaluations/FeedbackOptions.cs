namespace Gyoryu.Web.Features.Evaluations;

/// <summary>Limits of the public feedback form (<c>Gyoryu:Feedback</c>); docs/decisions/0010 says why these values.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Gyoryu:Feedback";

    /// <summary>Answers one address may send through one link per window.</summary>
    public int PermitLimit { get; set; } = 5;

    public int WindowSeconds { get; set; } = 600;

    /// <summary>A person needs at least this long to read the page and choose; a script answers at once.</summary>
    public double MinimumFillSeconds { get; set; } = 2;

    /// <summary>A form left open longer than this must be reloaded.</summary>
    public int FormLifetimeHours { get; set; } = 12;
}

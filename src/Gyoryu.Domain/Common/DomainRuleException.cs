using System.Globalization;

namespace Gyoryu.Domain.Common;

/// <summary>A domain rule refused an operation; the message is in the current UI culture (Korean by default).</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string rule, string korean, string english, string? field = null)
        : base(IsEnglish ? english : korean)
    {
        Rule = rule;
        Korean = korean;
        English = english;
        Field = field;
    }

    /// <summary>Stable code of the rule, for clients and tests.</summary>
    public string Rule { get; }

    public string Korean { get; }

    public string English { get; }

    /// <summary>The input field the rule is about, when there is one.</summary>
    public string? Field { get; }

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}

using Microsoft.AspNetCore.Identity;

namespace Gyoryu.Web.Features.Account;

/// <summary>A person who signs in: an officer of one local government (the tenant), or a partner city's counterpart (guest).</summary>
public sealed class GyoryuUser : IdentityUser
{
    public const int MaxDisplayNameLength = 50;

    /// <summary>"홍길동 주무관": how the timeline and the audit log name this person.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>MOIS code of the local government the user belongs to.</summary>
    public string GovernmentCode { get; set; } = string.Empty;

    /// <summary>For a partner city's guest: the one partnership whose shared items they may see.</summary>
    public int? PartnershipId { get; set; }

    /// <summary>Set when an administrator gave a temporary password; the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

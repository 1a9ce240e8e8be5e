using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Partnerships;

/// <summary>실무협의: a working-level meeting before (or while upgrading) an agreement.</summary>
public sealed class WorkingMeeting
{
    private WorkingMeeting()
    {
        Place = string.Empty;
        Attendees = string.Empty;
    }

    internal WorkingMeeting(PartialDate heldOn, string place, string attendees, ExchangeFields agreedFields, string? minutes)
    {
        HeldOn = heldOn;
        Place = place;
        Attendees = attendees;
        AgreedFields = agreedFields;
        Minutes = minutes;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public PartialDate HeldOn { get; private set; }

    public string Place { get; private set; }

    public string Attendees { get; private set; }

    public ExchangeFields AgreedFields { get; private set; }

    public string? Minutes { get; private set; }
}

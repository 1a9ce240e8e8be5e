namespace Gyoryu.Domain.Partnerships;

public enum ContactSide
{
    Ours,
    Partner,
}

/// <summary>A person on either side of a partnership: a working contact or a signatory.</summary>
public sealed class Contact
{
    private Contact()
    {
        Name = string.Empty;
    }

    internal Contact(ContactSide side, string name, string? organisation, string? position, string? email, string? phone, bool isSignatory)
    {
        Side = side;
        Name = name;
        Organisation = organisation;
        Position = position;
        Email = email;
        Phone = phone;
        IsSignatory = isSignatory;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public ContactSide Side { get; private set; }

    public string Name { get; private set; }

    public string? Organisation { get; private set; }

    public string? Position { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public bool IsSignatory { get; private set; }
}

namespace Gyoryu.Web.Infrastructure.Audit;

/// <summary>Who the audit names for work done outside a request, or that saves in this flow are not audited at all.</summary>
public sealed record AuditActor(string Name, string? Id, string? TenantCode);

/// <summary>
/// An ambient (async-local) setting for the audit of the current flow: start-up seeding turns it off, background work names
/// the officer who started it. Requests need nothing: the interceptor asks the request who acts.
/// </summary>
public static class AuditScope
{
    private static readonly AsyncLocal<State?> Current = new();

    internal static bool IsSuppressed => Current.Value?.Suppressed == true;

    internal static AuditActor? Actor => Current.Value?.Actor;

    /// <summary>Saves until disposal write no audit entries (loading reference and demo data at start-up).</summary>
    public static IDisposable Suppress() => Enter(new State(true, null));

    /// <summary>Saves until disposal are attributed to <paramref name="actor"/> (a background import started by an officer).</summary>
    public static IDisposable ActAs(AuditActor actor) => Enter(new State(false, actor));

    private static Restore Enter(State state)
    {
        var previous = Current.Value;
        Current.Value = state;
        return new Restore(previous);
    }

    private sealed record State(bool Suppressed, AuditActor? Actor);

    private sealed class Restore(State? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

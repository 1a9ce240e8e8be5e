namespace Gyoryu.Web.Features.Discovery.Import;

/// <summary>
/// Told after a twin-town import has committed new links, e.g. to refit the scoring weights and refresh the place index. Register any
/// number (scoped); with none registered an import simply ends. A listener's failure is logged and does not undo the import.
/// </summary>
public interface IDiscoveryNetworkListener
{
    Task NetworkChangedAsync(int importId, CancellationToken cancellationToken);
}

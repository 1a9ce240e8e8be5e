// Root namespace on purpose: pages and features across the app inject IStringLocalizer<SharedResource> without a using.
namespace Gyoryu.Web;

/// <summary>
/// Marker for the one shared string table. Keys are the Korean text itself, so Korean needs no resource file;
/// English lives in SharedResource.en.resx beside this class (the SDK names the resx after it), kept sorted by key.
/// </summary>
public sealed class SharedResource;

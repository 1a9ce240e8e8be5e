// Root namespace on purpose: IStringLocalizer<SharedResource> then reads Resources/SharedResource.{culture}.resx.
namespace Gyoryu.Web;

/// <summary>
/// Marker for the one shared string table. Keys are the Korean text itself, so Korean needs no resource file;
/// English lives in Resources/SharedResource.en.resx (kept sorted by key).
/// </summary>
public sealed class SharedResource;

using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Tests.Features.Partnerships;

public sealed class DocumentTypesTests
{
    [Theory]
    [InlineData(20L * 1024 * 1024, "20MB")]
    [InlineData(1536L * 1024, "1.5MB")]
    [InlineData(4096L, "4KB")]
    [InlineData(900L, "900B")]
    public void The_upload_limit_is_written_in_the_unit_that_keeps_it_readable(long bytes, string label) =>
        DocumentTypes.SizeLabel(bytes).ShouldBe(label);
}

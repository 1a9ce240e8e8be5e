using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Features.Partnerships;

/// <summary>Agreement documents: accepted by content, stored once by checksum, downloaded byte for byte. Owners are 대구 districts (27xxx).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class DocumentUploadTests(WritableApp app, DocumentUploadTests.SmallLimitApp smallLimit) : IClassFixture<DocumentUploadTests.SmallLimitApp>
{
    /// <summary>A tiny but well-formed PDF: header, one empty page, trailer.</summary>
    internal static readonly byte[] TinyPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>The start of a Windows executable ("MZ" header).</summary>
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8];

    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_PDF_is_stored_with_its_checksum_and_downloaded_byte_for_byte()
    {
        var partnership = await client.CreateExistingAsync("27110", "Qingdao", "CN", "SisterCity", "1995-04");

        using var response = await Upload(client, partnership.Summary.Id, partnership.Version, "협약서_칭다오.pdf", TinyPdf, "자매결연 협약서 사본");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var after = (await response.Content.ReadFromJsonAsync<PartnershipDetail>(GyoryuAppFactory.Json))!;
        var document = after.Documents.ShouldHaveSingleItem();
        document.FileName.ShouldBe("협약서_칭다오.pdf");
        document.ContentType.ShouldBe("application/pdf");
        document.Kind.ShouldBe(DocumentKind.Pdf);
        document.Size.ShouldBe(TinyPdf.Length);
        document.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(TinyPdf)));
        document.Description.ShouldBe("자매결연 협약서 사본");
        after.Version.ShouldBe(partnership.Version + 1);
        after.Timeline[0].Kind.ShouldBe(TimelineKind.DocumentAttached);

        using var download = await client.GetAsync($"/api/partnerships/{partnership.Summary.Id}/documents/{document.Id}");
        await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(TinyPdf);
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("협약서_칭다오.pdf");
    }

    [Fact]
    public async Task The_same_file_attached_twice_is_stored_once()
    {
        var first = await client.CreateExistingAsync("27140", "Dalian", "CN", "Friendship", "2001");
        var second = await client.CreateExistingAsync("27140", "Shenyang", "CN", "Friendship", "2002");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% shared by two partnerships\n%%EOF\n");

        (await Upload(client, first.Summary.Id, first.Version, "a.pdf", pdf)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Upload(client, second.Summary.Id, second.Version, "b.pdf", pdf)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            (await db.DocumentContents.CountAsync(d => d.Sha256 == sha256)).ShouldBe(1);
            (await db.AgreementDocuments.CountAsync(d => d.Sha256 == sha256)).ShouldBe(2);
        }
    }

    [Fact]
    public async Task A_PNG_is_accepted_as_an_image()
    {
        var partnership = await client.CreateExistingAsync("27170", "Harbin", "CN", "Friendship", "2008");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        using var response = await Upload(client, partnership.Summary.Id, partnership.Version, "signing.png", png);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var document = (await response.Content.ReadFromJsonAsync<PartnershipDetail>(GyoryuAppFactory.Json))!.Documents.ShouldHaveSingleItem();
        document.Kind.ShouldBe(DocumentKind.Image);
        document.ContentType.ShouldBe("image/png");
    }

    [Fact]
    public async Task An_executable_renamed_to_pdf_is_refused_and_nothing_is_saved()
    {
        var partnership = await client.CreateExistingAsync("27200", "Xiamen", "CN", "SisterCity", "2004");
        var documentsBefore = await CountDocumentsAsync();

        using var response = await Upload(client, partnership.Summary.Id, partnership.Version, "협약서.pdf", Executable);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("document.type");
        var after = await client.GetPartnershipAsync(partnership.Summary.Id);
        after.Documents.ShouldBeEmpty();
        after.Timeline.Count.ShouldBe(partnership.Timeline.Count);
        after.Version.ShouldBe(partnership.Version);
        (await CountDocumentsAsync()).ShouldBe(documentsBefore);
    }

    [Fact]
    public async Task A_PDF_whose_content_is_not_a_PDF_is_refused_whatever_the_browser_claims()
    {
        var partnership = await client.CreateExistingAsync("27200", "Chengdu", "CN", "Friendship", "2012");

        using var response = await Upload(client, partnership.Summary.Id, partnership.Version, "scan.pdf", Encoding.UTF8.GetBytes("<html>not a pdf</html>"));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
        (await client.GetPartnershipAsync(partnership.Summary.Id)).Documents.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var partnership = await client.CreateExistingAsync("27200", "Wuhan", "CN", "Friendship", "2013");

        using var response = await Upload(client, partnership.Summary.Id, partnership.Version, "empty.pdf", []);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
        (await client.GetPartnershipAsync(partnership.Summary.Id)).Documents.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_upload_with_a_stale_version_is_refused_and_nothing_is_saved()
    {
        var partnership = await client.CreateExistingAsync("27230", "Nanjing", "CN", "SisterCity", "2009");
        var documentsBefore = await CountDocumentsAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% stale upload\n%%EOF\n");

        using var response = await Upload(client, partnership.Summary.Id, partnership.Version + 1, "stale.pdf", pdf);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await client.GetPartnershipAsync(partnership.Summary.Id)).Documents.ShouldBeEmpty();
        (await CountDocumentsAsync()).ShouldBe(documentsBefore);
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused()
    {
        using var limited = smallLimit.Factory.CreateClient();
        var partnership = await limited.CreateExistingAsync("27260", "Hangzhou", "CN", "Friendship", "2015");
        var documentsBefore = await CountDocumentsAsync();
        var large = new byte[SmallLimitApp.MaxBytes + 1];
        TinyPdf.CopyTo(large, 0);

        using var response = await Upload(limited, partnership.Summary.Id, partnership.Version, "large.pdf", large);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity, HttpStatusCode.RequestEntityTooLarge);
        if (response.StatusCode != HttpStatusCode.RequestEntityTooLarge)
        {
            var problem = await response.ProblemAsync();
            problem.GetProperty("rule").GetString().ShouldBe("document.too-large");
            problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("파일이 너무 큽니다. 4KB 이하만 올릴 수 있습니다.");
        }

        (await limited.GetPartnershipAsync(partnership.Summary.Id)).Documents.ShouldBeEmpty();
        (await CountDocumentsAsync()).ShouldBe(documentsBefore);
    }

    [Fact]
    public async Task A_file_within_the_configured_limit_is_accepted()
    {
        using var limited = smallLimit.Factory.CreateClient();
        var partnership = await limited.CreateExistingAsync("27260", "Suzhou", "CN", "Friendship", "2016");
        var exact = new byte[SmallLimitApp.MaxBytes];
        TinyPdf.CopyTo(exact, 0);

        using var response = await Upload(limited, partnership.Summary.Id, partnership.Version, "limit.pdf", exact);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_document_is_not_found()
    {
        var partnership = await client.CreateExistingAsync("27290", "Ningbo", "CN", "Friendship", "2017");

        using var response = await client.GetAsync($"/api/partnerships/{partnership.Summary.Id}/documents/987654");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static Task<HttpResponseMessage> Upload(HttpClient client, int id, int version, string fileName, byte[] content, string? description = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
        };
        var file = new ByteArrayContent(content);
        // The browser's claim is deliberately wrong: the server judges by content.
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return client.PostAsync($"/api/partnerships/{id}/documents", form);
    }

    private async Task<(int Documents, int Contents)> CountDocumentsAsync()
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return (await db.AgreementDocuments.CountAsync(), await db.DocumentContents.CountAsync());
        }
    }

    /// <summary>The writable app again, over the same database file, with a 4 KB document limit.</summary>
    public sealed class SmallLimitApp(WritableApp app) : IDisposable
    {
        public const int MaxBytes = 4096;

        public WebApplicationFactory<Program> Factory { get; } =
            app.WithWebHostBuilder(builder => builder.UseSetting("Gyoryu:MaxDocumentBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        public void Dispose() => Factory.Dispose();
    }
}

using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using System.Text.Encodings.Web;

namespace Gyoryu.Web.Infrastructure.Officers;

/// <summary>
/// Edit controls only for those who may edit. <c>gy-editors-only</c> leaves the element out for a viewer; a form marked
/// <c>gy-read-only-for-viewers</c> is shown to a viewer inside a disabled fieldset and without its buttons, so what it holds
/// (scores, weights) can still be read. The server refuses a viewer's changes anyway (RefuseChangesByReaders): this spares them
/// buttons that could only fail.
/// </summary>
[HtmlTargetElement(Attributes = EditorsOnly)]
[HtmlTargetElement("form", Attributes = ReadOnlyForViewers)]
public sealed class EditControlsTagHelper(CurrentOfficer officer, IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public const string EditorsOnly = "gy-editors-only";
    public const string ReadOnlyForViewers = "gy-read-only-for-viewers";

    // After the form tag helper, which adds the antiforgery field inside the form.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hide = context.AllAttributes.ContainsName(EditorsOnly);
        output.Attributes.RemoveAll(EditorsOnly);
        output.Attributes.RemoveAll(ReadOnlyForViewers);
        if (officer.MayEdit)
        {
            return;
        }

        if (hide)
        {
            output.SuppressOutput();
            return;
        }

        output.Attributes.RemoveAll("method");
        output.AddClass("gy-read-only", HtmlEncoder.Default);
        output.PreContent.AppendHtml("<p class=\"gy-read-only-note\">")
            .Append(localizer["열람자는 볼 수만 있고 고칠 수 없습니다."].Value)
            .AppendHtml("</p><fieldset disabled>");
        output.PostContent.AppendHtml("</fieldset>");
    }
}

using System.Text;
using System.Text.Encodings.Web;
using Gyoryu.Web.Features.Discovery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>
/// A page with a versioned <c>Form</c>: fields render with their label, hint and error beside them, tied by
/// aria-describedby, and keep what the officer typed when the save is refused.
/// </summary>
public abstract class ExchangeFormPage<TForm> : VersionedEditPage
    where TForm : class, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    public string? FieldError(string name) => Error($"Form.{name}");

    /// <summary>What the officer typed (even if it did not parse), else the form's value.</summary>
    public string? Value(string name, object? value) =>
        ModelState.TryGetValue($"Form.{name}", out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : value switch
            {
                null => null,
                DateOnly date => ExchangeLabels.Iso(date),
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };

    /// <summary>One labelled input (or textarea) named Form.{name} with id Form_{name}.</summary>
    public IHtmlContent Field(string name, string label, object? value, string type = "text", bool required = false, string? hint = null)
    {
        var id = $"Form_{name}";
        var error = FieldError(name);
        var enc = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append($"<div class=\"form-group gy-field\"><label for=\"{id}\">{enc.Encode(label)}");
        if (required)
        {
            html.Append(" <span class=\"gy-required\" aria-hidden=\"true\">*</span>");
        }

        html.Append("</label>");
        var describedBy = string.Join(' ', new[] { hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());
        var attributes = (required ? " required" : "") + (error is null ? "" : " aria-invalid=\"true\"") +
            (describedBy.Length == 0 ? "" : $" aria-describedby=\"{describedBy}\"");
        var text = enc.Encode(Value(name, value) ?? "");
        html.Append(type switch
        {
            "textarea" => $"<textarea id=\"{id}\" name=\"Form.{name}\" class=\"krds-input\" rows=\"3\"{attributes}>{text}</textarea>",
            "number" => $"<input id=\"{id}\" name=\"Form.{name}\" type=\"number\" min=\"0\" step=\"1\" inputmode=\"numeric\" class=\"krds-input\" value=\"{text}\"{attributes}>",
            _ => $"<input id=\"{id}\" name=\"Form.{name}\" type=\"{type}\" class=\"krds-input\" value=\"{text}\"{attributes}>",
        });
        if (hint is not null)
        {
            html.Append($"<p class=\"form-hint\" id=\"{id}-hint\">{enc.Encode(hint)}</p>");
        }

        if (error is not null)
        {
            html.Append($"<p class=\"form-hint-invalid gy-error\" id=\"{id}-error\">{enc.Encode(error)}</p>");
        }

        html.Append("</div>");
        return new HtmlString(html.ToString());
    }

    /// <summary>The error of a field that is not a single input (checkboxes, a select), with the id aria-describedby points to.</summary>
    public IHtmlContent ErrorOf(string name)
    {
        var error = FieldError(name);
        return error is null
            ? HtmlString.Empty
            : new HtmlString($"<p class=\"form-hint-invalid gy-error\" id=\"Form_{name}-error\">{HtmlEncoder.Default.Encode(error)}</p>");
    }

    public string? DescribedBy(string name) => FieldError(name) is null ? null : $"Form_{name}-error";
}

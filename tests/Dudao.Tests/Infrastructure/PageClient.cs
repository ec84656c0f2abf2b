using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dudao.Tests.Infrastructure;

/// <summary>Reads server-rendered pages and submits their forms (with the antiforgery token), like a browser without script.</summary>
public sealed class PageClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// Loads <paramref name="url"/>, takes the form matched by <paramref name="formSelector"/>, keeps its
    /// hidden and current field values, overrides them with <paramref name="values"/>, and posts it
    /// (multipart when the form says so, with <paramref name="files"/>).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, Dictionary<string, string> values,
        Dictionary<string, (string FileName, byte[] Content)>? files = null)
    {
        var (_, page) = await GetAsync(url);
        return await SubmitAsync(page, url, formSelector, values, files);
    }

    /// <summary>Posts a form of a page already loaded (one a post re-rendered, say), as above.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string url, string formSelector, Dictionary<string, string> values,
        Dictionary<string, (string FileName, byte[] Content)>? files = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"no form '{formSelector}' on {url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "file" }:
                    continue;
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    continue;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }
        fields.RemoveAll(f => values.ContainsKey(f.Key));
        fields.AddRange(values);

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        HttpContent content;
        if (files is { Count: > 0 } || form.Enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (k, v) in fields) multipart.Add(new StringContent(v), k);
            foreach (var (name, (fileName, bytes)) in files ?? []) multipart.Add(new ByteArrayContent(bytes), name, fileName);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }
        return await http.PostAsync(action, content);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}

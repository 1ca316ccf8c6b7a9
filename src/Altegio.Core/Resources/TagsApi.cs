using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Errors;
using Altegio.Http;
using Altegio.Json;
using Altegio.Models;
using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>Tag operations on V2: <c>/v2/locations/{company_id}/tags</c>.</summary>
    public sealed class TagsApi
    {
        private static readonly Regex ColorPattern = new Regex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant);
        private readonly AltegioClient _client;

        internal TagsApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>Lists the location's tags, optionally of one entity.</summary>
        public async Task<IReadOnlyList<Tag>> ListAsync(long companyId, TagEntity? entity, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V2, TagsPath(companyId))
                .AddQuery("entity", entity.HasValue ? TagEntityNames.ToSlug(entity.Value) : null);
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var tags = new List<Tag>();
            foreach (var item in document.DataItems)
            {
                tags.Add(Read(item, companyId, "GET", request.DisplayPath));
            }

            return tags;
        }

        /// <summary>Gets one tag.</summary>
        public async Task<Tag> GetAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V2, TagPath(companyId, id));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Read(ResourceReader.Single(document, "GET", request.DisplayPath), companyId, "GET", request.DisplayPath);
        }

        /// <summary>Creates a tag; the title and colour are checked before anything is sent.</summary>
        public async Task<Tag> CreateAsync(long companyId, string title, string color, TagEntity? entity, string? icon, CancellationToken cancellationToken)
        {
            var body = new TagWriteBody
            {
                Title = ValidateTitle(title),
                Color = ValidateColor(color),
                Entity = entity.HasValue ? (int)ValidateEntity(entity.Value) : null,
                Icon = icon,
            };
            var request = new AltegioRequest(HttpMethod.Post, AltegioApiVersion.V2, TagsPath(companyId))
                .WithBody(JsonSerializer.SerializeToUtf8Bytes(body, AltegioJsonContext.Default.TagWriteBody));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Read(ResourceReader.Single(document, "POST", request.DisplayPath), companyId, "POST", request.DisplayPath);
        }

        /// <summary>Changes the given fields of a tag; the API answers 204 with no body.</summary>
        public async Task UpdateAsync(long companyId, long id, string? title, string? color, string? icon, CancellationToken cancellationToken)
        {
            if (title is null && color is null && icon is null)
            {
                throw AltegioApiException.InvalidParameter("Title", "Nothing to change: give -Title, -Color or -Icon.");
            }

            var body = new TagWriteBody
            {
                Title = title is null ? null : ValidateTitle(title),
                Color = color is null ? null : ValidateColor(color),
                Icon = icon,
            };
            var request = new AltegioRequest(HttpMethod.Put, AltegioApiVersion.V2, TagPath(companyId, id))
                .WithBody(JsonSerializer.SerializeToUtf8Bytes(body, AltegioJsonContext.Default.TagWriteBody));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Removes a tag (the API marks it deleted).</summary>
        public async Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Delete, AltegioApiVersion.V2, TagPath(companyId, id));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The longest tag title sent. The API documents no limit; a tag is a short label shown on a chip in the
        /// web app, so this generous bound only stops a runaway value (a whole file piped in) from going out.
        /// </summary>
        public const int MaxTitleLength = 255;

        /// <summary>Checks a tag title: not empty or blank, at most 255 characters. Returns it trimmed.</summary>
        public static string ValidateTitle(string? title) =>
            Require.MaxLength(Require.Text(title, "Title", "The tag title"), MaxTitleLength, "Title", "The tag title", documented: false)!;

        /// <summary>Checks a colour: <c>#rrggbb</c>. Returns it lower-cased, as the API stores it.</summary>
        public static string ValidateColor(string? color)
        {
            var text = color?.Trim();
            if (text is null || !ColorPattern.IsMatch(text))
            {
                throw AltegioApiException.InvalidParameter("Color",
                    "The colour '" + color + "' is not of the form #rrggbb (for example #ff2828).");
            }

            return text.ToLowerInvariant();
        }

        private static TagEntity ValidateEntity(TagEntity entity)
        {
            if (!TagEntityNames.IsDefined(entity))
            {
                throw AltegioApiException.InvalidParameter("Entity", "Entity must be Common, Client, Record or Activity.");
            }

            return entity;
        }

        internal static Tag Read(JsonElement resource, long companyId, string method, string path)
        {
            var attributes = ResourceReader.ReadAttributes(resource, TagAttributes.Read);
            return new Tag
            {
                Id = ResourceReader.ReadId(resource, method, path),
                CompanyId = attributes.CompanyId ?? attributes.SalonId ?? companyId,
                Title = attributes.Title ?? string.Empty,
                Color = attributes.Color,
                FontColor = attributes.FontColor,
                Icon = string.IsNullOrEmpty(attributes.Icon) ? null : attributes.Icon,
                Entity = TagEntityNames.Parse(attributes.EntityType ?? attributes.EntitySlug, attributes.Entity),
                IsDeleted = attributes.IsDeleted ?? attributes.Deleted ?? false,
                IsEditable = attributes.IsEditable ?? (attributes.NotEditable.HasValue ? !attributes.NotEditable.Value : true),
            };
        }

        private static string TagsPath(long companyId) => "locations/" + companyId.ToString(CultureInfo.InvariantCulture) + "/tags";

        private static string TagPath(long companyId, long id) => TagsPath(companyId) + "/" + id.ToString(CultureInfo.InvariantCulture);
    }
}

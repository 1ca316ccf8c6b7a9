using System.Text.RegularExpressions;
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

        /// <summary>
        /// Lists the location's tags: of one entity when given, with a title matching <paramref name="title"/>
        /// (wildcards allowed, see <see cref="Wildcard"/>), and without removed tags unless <paramref name="includeDeleted"/>.
        /// </summary>
        public async Task<IReadOnlyList<Tag>> ListAsync(long companyId, TagEntity? entity, CancellationToken cancellationToken,
            string? title = null, bool includeDeleted = false)
        {
            var request = AltegioRequest.Get(AltegioApiVersion.V2, ApiPaths.Location(companyId, "tags"))
                .AddQuery("entity", entity.HasValue ? TagEntityNames.ToSlug(entity.Value) : null);
            var tags = await _client.ListAsync(request, AltegioJsonContext.Wire.TagAttributes, (r, _) => Map(r, companyId), cancellationToken).ConfigureAwait(false);
            var pattern = Wildcard.For(title);
            return tags.Where(t => (includeDeleted || !t.IsDeleted) && (pattern is null || pattern.IsMatch(t.Title))).ToList();
        }

        /// <summary>Gets one tag.</summary>
        public Task<Tag> GetAsync(long companyId, long id, CancellationToken cancellationToken) =>
            _client.OneAsync(AltegioRequest.Get(AltegioApiVersion.V2, ApiPaths.Location(companyId, "tags", id)),
                AltegioJsonContext.Wire.TagAttributes, (r, _) => Map(r, companyId), cancellationToken);

        /// <summary>Creates a tag; the title and colour are checked before anything is sent.</summary>
        public Task<Tag> CreateAsync(long companyId, string title, string color, TagEntity? entity, string? icon, CancellationToken cancellationToken)
        {
            var body = new TagWriteBody
            {
                Title = ValidateTitle(title),
                Color = ValidateColor(color),
                Entity = entity.HasValue ? (int)ValidateEntity(entity.Value) : null,
                Icon = Text.NullIfEmpty(icon),
            };
            return _client.OneAsync(AltegioRequest.Post(AltegioApiVersion.V2, ApiPaths.Location(companyId, "tags"), body, AltegioJsonContext.Wire.TagWriteBody),
                AltegioJsonContext.Wire.TagAttributes, (r, _) => Map(r, companyId), cancellationToken);
        }

        /// <summary>Changes the given fields of a tag (checked first, see <see cref="ValidateChanges"/>); the API answers 204 with no body.</summary>
        public Task UpdateAsync(long companyId, long id, string? title, string? color, string? icon, CancellationToken cancellationToken) =>
            UpdateAsync(companyId, id, title, color, icon, clearIcon: false, cancellationToken);

        /// <summary>
        /// As <see cref="UpdateAsync(long, long, string?, string?, string?, CancellationToken)"/>; <paramref name="clearIcon"/>
        /// removes the icon (the API takes an empty icon as none), which an empty <paramref name="icon"/> cannot say
        /// because empty means "not given" (a blank CSV cell).
        /// </summary>
        public Task UpdateAsync(long companyId, long id, string? title, string? color, string? icon, bool clearIcon, CancellationToken cancellationToken) =>
            _client.ExecuteAsync(AltegioRequest.Put(AltegioApiVersion.V2, ApiPaths.Location(companyId, "tags", id),
                ChangeBody(title, color, clearIcon ? string.Empty : icon, clearIcon), AltegioJsonContext.Wire.TagWriteBody), cancellationToken);

        /// <summary>Removes a tag (the API marks it deleted).</summary>
        public Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken) =>
            _client.ExecuteAsync(AltegioRequest.Delete(AltegioApiVersion.V2, ApiPaths.Location(companyId, "tags", id)), cancellationToken);

        /// <summary>Checks the changes of an update: at least one, a valid title and colour. Empty texts mean "not given".</summary>
        public static void ValidateChanges(string? title, string? color, string? icon) => ChangeBody(title, color, icon);

        private static TagWriteBody ChangeBody(string? title, string? color, string? icon, bool clearIcon = false)
        {
            title = Text.NullIfEmpty(title);
            color = Text.NullIfEmpty(color);
            icon = clearIcon ? string.Empty : Text.NullIfEmpty(icon);
            if (title is null && color is null && icon is null)
            {
                throw AltegioApiException.InvalidParameter("Title", "Nothing to change: give -Title, -Color or -Icon.");
            }

            return new TagWriteBody
            {
                Title = title is null ? null : ValidateTitle(title),
                Color = color is null ? null : ValidateColor(color),
                Icon = icon,
            };
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

        internal static Tag Map(Resource<TagAttributes> resource, long companyId)
        {
            var attributes = resource.Attributes;
            return new Tag
            {
                Id = resource.NumericId,
                CompanyId = attributes.CompanyId ?? attributes.SalonId ?? companyId,
                Title = attributes.Title ?? string.Empty,
                Color = attributes.Color,
                FontColor = attributes.FontColor,
                Icon = Text.NullIfEmpty(attributes.Icon),
                Entity = TagEntityNames.Parse(attributes.EntityType ?? attributes.EntitySlug, attributes.Entity),
                IsDeleted = attributes.IsDeleted ?? attributes.Deleted ?? false,
                IsEditable = attributes.IsEditable ?? (attributes.NotEditable.HasValue ? !attributes.NotEditable.Value : true),
            };
        }
    }
}

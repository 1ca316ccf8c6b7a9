using System.Text.RegularExpressions;
using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>
    /// Team-member operations. V2 has only the list (<c>/v2/locations/{id}/team_members</c>); getting,
    /// creating, updating, dismissing and deleting are V1 (<c>/v1/staff/{id}[/{member}]</c>,
    /// <c>/v1/company/{id}/staff/quick</c>). Callers never choose: every method picks its version.
    /// </summary>
    public sealed class TeamMembersApi
    {
        private static readonly Regex EmailPattern = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);
        private static readonly Regex PhonePattern = new Regex(@"^\+?[0-9 ()\-]+$", RegexOptions.CultureInvariant);
        private readonly AltegioClient _client;

        internal TeamMembersApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>
        /// Lists team members through the V2 list. The list says nothing about a member's dismissed or
        /// deleted flag, so when both states are wanted each is fetched with its own filter value, and every
        /// member comes back with <see cref="TeamMember.IsDismissed"/> and <see cref="TeamMember.IsDeleted"/> known.
        /// </summary>
        public async Task<IReadOnlyList<TeamMember>> ListAsync(long companyId, TeamMemberListQuery? options, CancellationToken cancellationToken)
        {
            options ??= new TeamMemberListQuery();
            if (options.PositionId is <= 0)
            {
                throw AltegioApiException.InvalidParameter("PositionId", "The position id must be a positive number.");
            }

            var firedValues = options.Status switch
            {
                TeamMemberStatus.Active => new[] { false },
                TeamMemberStatus.Dismissed => new[] { true },
                TeamMemberStatus.All => new[] { false, true },
                _ => throw AltegioApiException.InvalidParameter("Status", "Status must be Active, Dismissed or All."),
            };
            var deletedValues = options.IncludeDeleted ? new bool?[] { false, true } : new bool?[] { null };

            var members = new List<TeamMember>();
            var seen = new HashSet<long>();
            foreach (var fired in firedValues)
            {
                foreach (var deleted in deletedValues)
                {
                    var page = await _client.ListAsync(ListRequest(companyId, options, fired, deleted), AltegioJsonContext.Wire.TeamMemberWire,
                        (r, included) => MapV2(r, included, companyId, fired, deleted ?? false), cancellationToken).ConfigureAwait(false);
                    members.AddRange(page.Where(member => seen.Add(member.Id)));
                }
            }

            return members;
        }

        /// <summary>Gets one team member through V1, which carries the rating, the online-booking visibility and the dismissed flag.</summary>
        public Task<TeamMember> GetAsync(long companyId, long id, CancellationToken cancellationToken) =>
            _client.OneAsync(AltegioRequest.Get(AltegioApiVersion.V1, MemberPath(companyId, id)), AltegioJsonContext.Wire.TeamMemberWire,
                (r, _) => MapV1(r, companyId), cancellationToken);

        /// <summary>Creates a team member with V1 quick create; everything is checked before anything is sent.</summary>
        public async Task<TeamMember> CreateAsync(long companyId, TeamMemberDraft member, CancellationToken cancellationToken)
        {
            var body = BodyFor(member);
            var created = await _client.OneAsync(
                AltegioRequest.Post(AltegioApiVersion.V1, ApiPaths.Join("company", companyId, "staff", "quick"), body, AltegioJsonContext.Wire.TeamMemberCreateBody),
                AltegioJsonContext.Wire.TeamMemberWire, (r, _) => MapV1(r, companyId), cancellationToken).ConfigureAwait(false);
            created.IsPaid ??= member.Paid ?? false;
            created.HasTimetableAccess ??= member.TimetableAccess;
            created.PositionId ??= body.PositionId;
            return created;
        }

        /// <summary>
        /// Changes a team member with the V1 update, sending only the given fields, and returns the member as
        /// the API answers. Dismissing and hiring again are this update with <c>fired</c> 1 or 0. The V1 update
        /// has no position field, so a position cannot be changed here.
        /// </summary>
        public async Task<TeamMember> UpdateAsync(long companyId, long id, TeamMemberChanges changes, CancellationToken cancellationToken)
        {
            var body = BodyFor(changes);
            // The docs promise the member in the answer; if a deployment answers without it, read it back.
            return await _client.OneOrNoneAsync(
                    AltegioRequest.Put(AltegioApiVersion.V1, MemberPath(companyId, id), body, AltegioJsonContext.Wire.TeamMemberUpdateBody),
                    AltegioJsonContext.Wire.TeamMemberWire, (r, _) => MapV1(r, companyId), cancellationToken).ConfigureAwait(false)
                ?? await GetAsync(companyId, id, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Checks a new team member before anything is sent: a name, a specialization, a valid position, e-mail and phone, and someone to invite.</summary>
        public static void Validate(TeamMemberDraft member) => BodyFor(member);

        /// <summary>Checks the changes of an update before anything is sent: at least one, each valid.</summary>
        public static void Validate(TeamMemberChanges changes) => BodyFor(changes);

        private static TeamMemberCreateBody BodyFor(TeamMemberDraft member)
        {
            if (member is null)
            {
                throw new ArgumentNullException(nameof(member));
            }

            var body = new TeamMemberCreateBody
            {
                Name = ValidateName(member.Name),
                Specialization = ValidateSpecialization(member.Specialization),
                PositionId = ValidatePositionId(member.PositionId),
                UserEmail = ValidateEmail(member.Email),
                UserPhone = ValidatePhone(member.Phone),
                IsUserInvite = member.Invite ?? false,
                IsPaidStaff = member.Paid,
                HasTimetableAccess = member.TimetableAccess,
            };
            if (body.IsUserInvite && body.UserEmail is null && body.UserPhone is null)
            {
                throw AltegioApiException.InvalidParameter("Invite",
                    "-Invite needs -Email or -Phone: the invitation goes to the Altegio user they name.");
            }

            return body;
        }

        private static TeamMemberUpdateBody BodyFor(TeamMemberChanges changes)
        {
            if (changes is null || changes.IsEmpty)
            {
                throw AltegioApiException.InvalidParameter("Name",
                    "Nothing to change: give -Name, -Specialization, -Weight, -Information, -HiddenFromOnlineBooking, -Dismissed or -Paid.");
            }

            return new TeamMemberUpdateBody
            {
                Name = changes.Name is null ? null : ValidateName(changes.Name),
                Specialization = changes.Specialization is null ? null : ValidateSpecialization(changes.Specialization),
                Weight = ValidateWeight(changes.Weight),
                Information = changes.Information,
                Hidden = changes.HiddenFromOnlineBooking is bool hidden ? (hidden ? 1 : 0) : null,
                Fired = changes.Dismissed is bool fired ? (fired ? 1 : 0) : null,
                IsPaidStaff = changes.Paid,
            };
        }

        /// <summary>Deletes a team member (V1).</summary>
        public Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken) =>
            _client.ExecuteAsync(AltegioRequest.Delete(AltegioApiVersion.V1, MemberPath(companyId, id)), cancellationToken);

        /// <summary>Checks a name: not blank. Returns it trimmed.</summary>
        public static string ValidateName(string? name) => Require.Text(name, "Name", "The team member's name");

        /// <summary>Checks a specialization: not blank. Returns it trimmed.</summary>
        public static string ValidateSpecialization(string? specialization) => Require.Text(specialization, "Specialization", "The specialization");

        /// <summary>Checks a position id: positive when given.</summary>
        public static long? ValidatePositionId(long? positionId)
        {
            if (positionId is <= 0)
            {
                throw AltegioApiException.InvalidParameter("PositionId", "The position id must be a positive number.");
            }

            return positionId;
        }

        /// <summary>Checks a sort weight: zero or more when given.</summary>
        public static int? ValidateWeight(int? weight)
        {
            if (weight is < 0)
            {
                throw AltegioApiException.InvalidParameter("Weight", "The weight must be 0 or more.");
            }

            return weight;
        }

        /// <summary>Checks an e-mail address when given; blank reads as not given. Returns it trimmed.</summary>
        public static string? ValidateEmail(string? email)
        {
            if (string.IsNullOrWhiteSpace(email))
            {
                return null;
            }

            var trimmed = email!.Trim();
            if (!EmailPattern.IsMatch(trimmed))
            {
                throw AltegioApiException.InvalidParameter("Email", "'" + email + "' is not an e-mail address.");
            }

            return trimmed;
        }

        /// <summary>Checks a phone number when given: digits (9 to 15), optionally a leading +, spaces, dashes, brackets. Returns it trimmed.</summary>
        public static string? ValidatePhone(string? phone)
        {
            if (string.IsNullOrWhiteSpace(phone))
            {
                return null;
            }

            var trimmed = phone!.Trim();
            var digits = trimmed.Count(char.IsDigit);
            if (!PhonePattern.IsMatch(trimmed) || digits < 9 || digits > 15)
            {
                throw AltegioApiException.InvalidParameter("Phone",
                    "'" + phone + "' is not a phone number: use 9 to 15 digits, e.g. +35799000001.");
            }

            return trimmed;
        }

        private static AltegioRequest ListRequest(long companyId, TeamMemberListQuery options, bool fired, bool? deleted) =>
            AltegioRequest.Get(AltegioApiVersion.V2, ApiPaths.Location(companyId, "team_members"))
                .AddQuery("filter[name]", string.IsNullOrWhiteSpace(options.Name) ? null : options.Name!.Trim())
                .AddQuery("filter[position_id]", options.PositionId)
                .AddQuery("filter[position_title]", string.IsNullOrWhiteSpace(options.PositionTitle) ? null : options.PositionTitle!.Trim())
                .AddQuery("filter[fired]", Flag(fired))
                .AddQuery("filter[deleted]", deleted is bool d ? Flag(d) : null)
                .AddQuery("filter[user_linked]", Flag(options.UserLinked))
                .AddQuery("filter[is_paid]", Flag(options.IsPaid))
                .AddQuery("filter[has_schedule]", Flag(options.HasSchedule))
                .AddQuery("filter[is_assistant]", Flag(options.IsAssistant))
                // include[] is the form the official client sends and calls the one the API validates.
                .AddQuery("include[]", options.IncludePosition ? "position" : null);

        private static string? Flag(bool? value) => value is bool flag ? (flag ? "1" : "0") : null;

        internal static TeamMember MapV2(Resource<TeamMemberWire> resource, IncludedIndex included, long companyId, bool fired, bool deleted)
        {
            var wire = resource.Attributes;
            var member = Map(wire, resource.NumericId, companyId);
            member.IsDismissed = wire.Fired ?? fired;
            member.IsDeleted = wire.Status is long status ? status == 1 : deleted;
            member.PositionTitle ??= IncludedPositionTitle(resource, included, member.PositionId);
            return member;
        }

        internal static TeamMember MapV1(Resource<TeamMemberWire> resource, long companyId)
        {
            var wire = resource.Attributes;
            var member = Map(wire, resource.NumericId, companyId);
            member.IsDismissed = wire.Fired ?? false;
            member.IsDeleted = wire.Status == 1;
            return member;
        }

        private static TeamMember Map(TeamMemberWire wire, long id, long companyId)
        {
            var positionId = wire.PositionId is > 0 ? wire.PositionId : wire.Position?.Id is > 0 ? wire.Position.Id : null;
            var userId = wire.UserId is > 0 ? wire.UserId : wire.User?.Id is > 0 ? wire.User.Id : null;
            return new TeamMember
            {
                Id = id,
                CompanyId = wire.CompanyId is > 0 ? wire.CompanyId.Value : companyId,
                Name = wire.Name ?? string.Empty,
                Specialization = wire.Specialization,
                PositionId = positionId,
                PositionTitle = Text.NullIfEmpty(wire.Position?.Title),
                Avatar = Text.NullIfEmpty(wire.Avatar) ?? Text.NullIfEmpty(wire.Image),
                AvatarBig = Text.NullIfEmpty(wire.AvatarBig),
                Rating = wire.Rating,
                VotesCount = ToInt(wire.VotesCount),
                CommentsCount = ToInt(wire.CommentsCount),
                ShowRating = wire.ShowRating,
                IsHiddenFromOnlineBooking = wire.Hidden,
                IsBookable = wire.Bookable,
                Weight = ToInt(wire.Weight),
                UserId = userId,
                UserEmail = Text.NullIfEmpty(wire.User?.Email),
                UserPhone = Text.NullIfEmpty(wire.User?.Phone),
                ApiId = Text.NullIfEmpty(wire.ApiId),
                Information = Text.NullIfEmpty(wire.Information),
                IsPaid = wire.IsPaidStaff,
                HasTimetableAccess = wire.HasAccessTimetable,
                IsAvailableAsAssistant = wire.IsAvailableAsAssistant,
                TimetableInterval = ToInt(wire.TtMarkup),
                ScheduleTill = ParseDate(wire.ScheduleTill),
                Prepaid = Text.NullIfEmpty(wire.Prepaid),
            };
        }

        /// <summary>The title of the member's position from the side-loaded <c>included</c> resources, when there.</summary>
        private static string? IncludedPositionTitle(Resource<TeamMemberWire> resource, IncludedIndex included, long? positionId)
        {
            // The relationship names its own type, so an unexpected type literal still resolves.
            if (Text.NullIfEmpty(included.First(resource.Relationships["position"])?.Title) is { } title)
            {
                return title;
            }

            return positionId is long id
                ? Text.NullIfEmpty(included.Find(new ResourceRef("position", id))?.Title)
                : null;
        }

        private static DateTime? ParseDate(string? text)
        {
            if (string.IsNullOrEmpty(text) || text!.StartsWith("0000", StringComparison.Ordinal))
            {
                return null;
            }

            var datePart = text.Length >= 10 ? text.Substring(0, 10) : text;
            return DateTime.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
        }

        private static int? ToInt(long? value) => value is long v && v >= int.MinValue && v <= int.MaxValue ? (int)v : null;

        private static string MemberPath(long companyId, long id) => ApiPaths.Join("staff", companyId, id);
    }
}

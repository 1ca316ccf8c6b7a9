using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>V1's <c>position</c> object of a team member.</summary>
    internal sealed class PositionReference
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }
    }

    /// <summary>V1's <c>user</c> object of a team member.</summary>
    internal sealed class UserReference
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("name")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Name { get; set; }

        [JsonPropertyName("email")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Email { get; set; }

        [JsonPropertyName("phone")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Phone { get; set; }
    }

    /// <summary>
    /// A team member on the wire: the attributes of a V2 list item and the whole V1 object share this type,
    /// so both become one <see cref="TeamMember"/>. V1 sends numbers and flags as strings (<c>"fired":"0"</c>,
    /// <c>"weight":"10"</c>) and <c>position</c> as <c>[]</c> when unset; the converters absorb that.
    /// </summary>
    internal sealed class TeamMemberWire
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("company_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? CompanyId { get; set; }

        [JsonPropertyName("name")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Name { get; set; }

        [JsonPropertyName("specialization")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Specialization { get; set; }

        [JsonPropertyName("position_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? PositionId { get; set; }

        [JsonPropertyName("position")]
        [JsonConverter(typeof(ObjectOrAbsentConverter<PositionReference>))]
        public PositionReference? Position { get; set; }

        [JsonPropertyName("avatar")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Avatar { get; set; }

        [JsonPropertyName("avatar_big")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? AvatarBig { get; set; }

        [JsonPropertyName("image")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Image { get; set; }

        [JsonPropertyName("rating")]
        [JsonConverter(typeof(FlexibleDoubleConverter))]
        public double? Rating { get; set; }

        [JsonPropertyName("votes_count")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? VotesCount { get; set; }

        [JsonPropertyName("comments_count")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? CommentsCount { get; set; }

        [JsonPropertyName("show_rating")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? ShowRating { get; set; }

        [JsonPropertyName("fired")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Fired { get; set; }

        [JsonPropertyName("status")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Status { get; set; }

        [JsonPropertyName("hidden")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Hidden { get; set; }

        [JsonPropertyName("bookable")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Bookable { get; set; }

        [JsonPropertyName("weight")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Weight { get; set; }

        [JsonPropertyName("user_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? UserId { get; set; }

        [JsonPropertyName("user")]
        [JsonConverter(typeof(ObjectOrAbsentConverter<UserReference>))]
        public UserReference? User { get; set; }

        [JsonPropertyName("api_id")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? ApiId { get; set; }

        [JsonPropertyName("information")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Information { get; set; }

        [JsonPropertyName("is_paid_staff")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsPaidStaff { get; set; }

        [JsonPropertyName("has_access_timetable")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? HasAccessTimetable { get; set; }

        [JsonPropertyName("is_available_as_assistant")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsAvailableAsAssistant { get; set; }

        [JsonPropertyName("tt_markup")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? TtMarkup { get; set; }

        [JsonPropertyName("schedule_till")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? ScheduleTill { get; set; }

        [JsonPropertyName("prepaid")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Prepaid { get; set; }
    }

    /// <summary>
    /// Body of V1 quick create. <c>position_id</c> is required but may be null; <c>user_email</c> and
    /// <c>user_phone</c> are sent as null for "no user account" (the official client's finding), and
    /// <c>is_user_invite</c> always (false when nobody is invited). The obsolete <c>phone_number</c> is not
    /// sent: the newest official client refuses it.
    /// </summary>
    internal sealed class TeamMemberCreateBody
    {
        [JsonPropertyName("name")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string Name { get; set; } = string.Empty;

        [JsonPropertyName("specialization")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string Specialization { get; set; } = string.Empty;

        [JsonPropertyName("position_id")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public long? PositionId { get; set; }

        [JsonPropertyName("user_email")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? UserEmail { get; set; }

        [JsonPropertyName("user_phone")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? UserPhone { get; set; }

        [JsonPropertyName("is_user_invite")]
        public bool IsUserInvite { get; set; }

        [JsonPropertyName("is_paid_staff")]
        public bool? IsPaidStaff { get; set; }

        /// <summary>Access to the timetable; without it the member cannot be given working hours.</summary>
        [JsonPropertyName("has_timetable_access")]
        public bool? HasTimetableAccess { get; set; }
    }

    /// <summary>Body of the V1 team-member update; null members are left out, so only what the user gave is sent.</summary>
    internal sealed class TeamMemberUpdateBody
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("specialization")]
        public string? Specialization { get; set; }

        [JsonPropertyName("weight")]
        public int? Weight { get; set; }

        [JsonPropertyName("information")]
        public string? Information { get; set; }

        [JsonPropertyName("hidden")]
        public int? Hidden { get; set; }

        [JsonPropertyName("fired")]
        public int? Fired { get; set; }

        [JsonPropertyName("is_paid_staff")]
        public bool? IsPaidStaff { get; set; }
    }
}

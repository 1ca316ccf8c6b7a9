namespace Altegio.Models
{
    /// <summary>Which team members a list returns, by their dismissed flag (the API's <c>filter[fired]</c>).</summary>
    public enum TeamMemberStatus
    {
        /// <summary>Current team members only (not dismissed).</summary>
        Active,
        /// <summary>Dismissed team members only.</summary>
        Dismissed,
        /// <summary>Both.</summary>
        All,
    }

    /// <summary>
    /// A team member (staff member) of a location. One type whether it was read from the V2 list or from a
    /// V1 get, create or update; members the V2 list does not carry (rating, online-booking visibility,
    /// weight, user link, ...) are null when the object came from the list.
    /// </summary>
    public sealed class TeamMember
    {
        /// <summary>The team member id.</summary>
        public long Id { get; set; }

        /// <summary>The location (company) the member works in.</summary>
        public long CompanyId { get; set; }

        /// <summary>The member's display name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The specialization shown to clients, e.g. <c>Yoga instructor</c>.</summary>
        public string? Specialization { get; set; }

        /// <summary>The position id, or null when the member has none.</summary>
        public long? PositionId { get; set; }

        /// <summary>The position's title; from the V1 get, or from the V2 list with -IncludePosition.</summary>
        public string? PositionTitle { get; set; }

        /// <summary>The avatar URL.</summary>
        public string? Avatar { get; set; }

        /// <summary>The large avatar URL (V1 only).</summary>
        public string? AvatarBig { get; set; }

        /// <summary>The clients' average rating (V1 only).</summary>
        public double? Rating { get; set; }

        /// <summary>How many clients rated the member (V1 only).</summary>
        public int? VotesCount { get; set; }

        /// <summary>How many comments clients left (V1 only).</summary>
        public int? CommentsCount { get; set; }

        /// <summary>True when the rating is shown in online booking (V1 only).</summary>
        public bool? ShowRating { get; set; }

        /// <summary>True when the member was dismissed (fired).</summary>
        public bool IsDismissed { get; set; }

        /// <summary>True when the member was deleted.</summary>
        public bool IsDeleted { get; set; }

        /// <summary>True when the member is hidden from online booking (V1 only).</summary>
        public bool? IsHiddenFromOnlineBooking { get; set; }

        /// <summary>True when clients can book the member online now (V1 only).</summary>
        public bool? IsBookable { get; set; }

        /// <summary>The sort weight; higher comes first (V1 only).</summary>
        public int? Weight { get; set; }

        /// <summary>The Altegio user account linked to the member, or null (V1 only).</summary>
        public long? UserId { get; set; }

        /// <summary>The linked user's e-mail (V1 only).</summary>
        public string? UserEmail { get; set; }

        /// <summary>The linked user's phone (V1 only).</summary>
        public string? UserPhone { get; set; }

        /// <summary>An external id set by an integration (V1 only).</summary>
        public string? ApiId { get; set; }

        /// <summary>The member's description (HTML) (V1 only).</summary>
        public string? Information { get; set; }

        /// <summary>True when the member occupies a paid seat.</summary>
        public bool? IsPaid { get; set; }

        /// <summary>True when the member can see the timetable (V1 only).</summary>
        public bool? HasTimetableAccess { get; set; }

        /// <summary>True when the member can be booked as an assistant (V2 list only).</summary>
        public bool? IsAvailableAsAssistant { get; set; }

        /// <summary>The schedule grid interval in minutes (V2 list only).</summary>
        public int? TimetableInterval { get; set; }

        /// <summary>The last day the member has a schedule for (V1 only).</summary>
        public DateTime? ScheduleTill { get; set; }

        /// <summary>The online prepayment rule: <c>forbidden</c>, <c>allowed</c> or <c>required</c> (V1 only).</summary>
        public string? Prepaid { get; set; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}

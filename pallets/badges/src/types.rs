//! Records that the badges pallet stores, the inputs its calls take and the views that its
//! runtime API returns.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use lifelong_primitives::{ProficiencyLevel, SkillId};
use scale_info::TypeInfo;
use sp_core::H256;

/// Id of a badge, assigned in award order from zero.
pub type BadgeId = u64;

/// Id of a badge class, assigned in creation order from zero.
pub type ClassId = u32;

/// Standing of an issuer's accreditation.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum IssuerStanding {
	/// Accredited: the issuer and its delegates may define classes and award badges.
	Accredited,
	/// Accreditation suspended by governance: no new classes, awards or reinstatements until
	/// governance accredits the issuer again. Awarded badges stay valid.
	Suspended,
	/// Accreditation withdrawn by governance. Badges awarded before stay valid unless revoked.
	Withdrawn,
}

/// An institution accredited to issue badges.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxNameLength, MaxUrlLength))]
#[codec(mel_bound(Moment: MaxEncodedLen))]
pub struct IssuerInfo<Moment, MaxNameLength: Get<u32>, MaxUrlLength: Get<u32>>
where
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Name of the institution, UTF-8.
	pub name: BoundedVec<u8, MaxNameLength>,
	/// Web address of the institution, UTF-8.
	pub url: BoundedVec<u8, MaxUrlLength>,
	/// Current standing of the accreditation.
	pub standing: IssuerStanding,
	/// Time of the last change of standing, in milliseconds since the Unix epoch.
	pub standing_since: Moment,
	/// Number of delegate accounts that issue on the institution's behalf.
	pub delegate_count: u32,
}

/// Definition of a badge class: what its badges certify and on which terms.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxNameLength, MaxDescriptionLength, MaxUrlLength, MaxSkills))]
#[codec(mel_bound(AccountId: MaxEncodedLen, Moment: MaxEncodedLen))]
pub struct BadgeClass<
	AccountId,
	Moment,
	MaxNameLength: Get<u32>,
	MaxDescriptionLength: Get<u32>,
	MaxUrlLength: Get<u32>,
	MaxSkills: Get<u32>,
> where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Issuer that defined the class and pays the deposits of its badges.
	pub issuer: AccountId,
	/// Name of the class, UTF-8.
	pub name: BoundedVec<u8, MaxNameLength>,
	/// Description of the class, UTF-8.
	pub description: BoundedVec<u8, MaxDescriptionLength>,
	/// Address of the criteria document, UTF-8, if published.
	pub criteria_uri: Option<BoundedVec<u8, MaxUrlLength>>,
	/// SHA-256 or BLAKE2-256 hash of the criteria document, if given.
	pub criteria_hash: Option<H256>,
	/// Skills the class certifies with the level of each, sorted by skill id, no duplicates.
	pub skills: BoundedVec<(SkillId, ProficiencyLevel), MaxSkills>,
	/// How long a badge of the class stays valid after its award, in milliseconds; `None` for
	/// no limit.
	pub validity: Option<Moment>,
	/// Level of the European Qualifications Framework (1 to 8), if the class states one.
	pub eqf_level: Option<u8>,
	/// ECTS credits in tenths of a credit (75 is 7.5 ECTS), if the class states them.
	pub ects_tenths: Option<u16>,
	/// Whether the class is retired: no new awards, awarded badges stay.
	pub retired: bool,
	/// Time the class was created, in milliseconds since the Unix epoch.
	pub created_at: Moment,
}

/// Public reason for revoking a badge.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum RevocationReason {
	/// The badge was awarded by mistake (wrong learner, wrong class, duplicate).
	IssuedInError,
	/// The learner obtained the badge through fraud or academic misconduct.
	Misconduct,
	/// The achievement behind the badge was later found invalid (a grade annulled, an
	/// assessment withdrawn).
	AchievementInvalidated,
	/// A newer badge replaces this one.
	Superseded,
	/// The learner asked the issuer to revoke the badge.
	LearnerRequest,
	/// The issuer's accreditation was withdrawn and governance revoked its badges.
	IssuerWithdrawn,
	/// Another reason, explained in the note.
	Other,
}

/// Stored status of a badge. Expiry is not stored: a badge whose expiry has passed reads as
/// expired from then on.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxReasonLength))]
#[codec(mel_bound(Moment: MaxEncodedLen))]
pub enum BadgeStatus<Moment, MaxReasonLength: Get<u32>>
where
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Valid unless its expiry has passed.
	Active,
	/// Suspended by the issuer; it can be reinstated.
	Suspended {
		/// Short reason that the issuer gave, UTF-8.
		reason: BoundedVec<u8, MaxReasonLength>,
		/// Time of the suspension, in milliseconds since the Unix epoch.
		since: Moment,
	},
	/// Revoked for good.
	Revoked {
		/// Public reason code.
		reason: RevocationReason,
		/// Optional short note, UTF-8 (empty when none was given).
		note: BoundedVec<u8, MaxReasonLength>,
		/// Time of the revocation, in milliseconds since the Unix epoch.
		at: Moment,
		/// Whether governance revoked it rather than the issuer.
		by_governance: bool,
	},
}

impl<Moment, MaxReasonLength: Get<u32>> BadgeStatus<Moment, MaxReasonLength>
where
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Returns whether the badge counts towards the learner's skill profile, expiry aside.
	pub fn counts_for_profile(&self) -> bool {
		matches!(self, BadgeStatus::Active)
	}
}

/// A badge awarded to a learner.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxReasonLength))]
#[codec(mel_bound(AccountId: MaxEncodedLen, Moment: MaxEncodedLen, Balance: MaxEncodedLen))]
pub struct Badge<AccountId, Moment, Balance, MaxReasonLength: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Class of the badge; the class names the issuer and the skills.
	pub class: ClassId,
	/// Learner who holds the badge.
	pub learner: AccountId,
	/// SHA-256 or BLAKE2-256 hash of the off-chain credential document (e.g. an Open Badges
	/// file).
	pub evidence: H256,
	/// Time of the award, in milliseconds since the Unix epoch.
	pub issued_at: Moment,
	/// Time from which the badge is expired, in milliseconds since the Unix epoch; `None` if it
	/// never expires.
	pub expires_at: Option<Moment>,
	/// Stored status.
	pub status: BadgeStatus<Moment, MaxReasonLength>,
	/// Deposit held from the issuer for this badge, released when the badge is removed.
	pub deposit: Balance,
}

impl<AccountId, Moment, Balance, MaxReasonLength: Get<u32>>
	Badge<AccountId, Moment, Balance, MaxReasonLength>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Moment: Clone + PartialEq + Eq + PartialOrd + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Returns whether the badge is valid at time `now`: active, and its expiry, if any, is
	/// later than `now`.
	pub fn is_valid_at(&self, now: &Moment) -> bool {
		self.status.counts_for_profile()
			&& self.expires_at.as_ref().is_none_or(|expiry| now < expiry)
	}
}

/// One learner of a cohort award.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct CohortAward<AccountId, Moment> {
	/// Learner who receives the badge.
	pub learner: AccountId,
	/// SHA-256 or BLAKE2-256 hash of the learner's credential document.
	pub evidence: H256,
	/// Expiry of this badge, in milliseconds since the Unix epoch; `None` to use only the
	/// class's validity period.
	pub expires_at: Option<Moment>,
}

/// Effective status of a badge at the time of a query.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum BadgeState<Moment> {
	/// Valid.
	Active,
	/// Suspended by the issuer; it may be reinstated.
	Suspended {
		/// Reason that the issuer gave, UTF-8.
		reason: Vec<u8>,
		/// Time of the suspension, in milliseconds since the Unix epoch.
		since: Moment,
	},
	/// Revoked for good.
	Revoked {
		/// Public reason code.
		reason: RevocationReason,
		/// Short note, UTF-8; empty when none was given.
		note: Vec<u8>,
		/// Time of the revocation, in milliseconds since the Unix epoch.
		at: Moment,
		/// Whether governance revoked it rather than the issuer.
		by_governance: bool,
	},
	/// Its expiry has passed. A revoked badge reads as revoked, and a suspended badge reads as
	/// expired once its expiry has passed, because reinstating it can no longer make it valid.
	Expired {
		/// Time from which it is expired, in milliseconds since the Unix epoch.
		at: Moment,
	},
}

/// Everything a verifier needs to judge a badge, as returned by the runtime API.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct BadgeVerification<AccountId, Moment> {
	/// Id of the badge.
	pub badge: BadgeId,
	/// Whether the badge is valid now: neither suspended, revoked nor expired. The issuer's
	/// current standing does not affect it.
	pub valid: bool,
	/// Effective status now.
	pub state: BadgeState<Moment>,
	/// Learner who holds the badge.
	pub learner: AccountId,
	/// Hash of the credential document.
	pub evidence: H256,
	/// Time of the award.
	pub issued_at: Moment,
	/// Time from which the badge is expired, if it expires.
	pub expires_at: Option<Moment>,
	/// Class of the badge.
	pub class: ClassId,
	/// Name of the class, UTF-8.
	pub class_name: Vec<u8>,
	/// Whether the class is retired (this does not affect badges already awarded).
	pub class_retired: bool,
	/// Skills that the badge certifies with their levels.
	pub skills: Vec<(SkillId, ProficiencyLevel)>,
	/// Issuer of the badge.
	pub issuer: AccountId,
	/// Name of the issuer, UTF-8; empty if the issuer record is missing.
	pub issuer_name: Vec<u8>,
	/// Current standing of the issuer; `None` if the issuer record is missing.
	pub issuer_standing: Option<IssuerStanding>,
}

/// An issuer as returned by the runtime API.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct IssuerView<Moment> {
	/// Name of the institution, UTF-8.
	pub name: Vec<u8>,
	/// Web address of the institution, UTF-8.
	pub url: Vec<u8>,
	/// Current standing.
	pub standing: IssuerStanding,
	/// Time of the last change of standing.
	pub standing_since: Moment,
	/// Number of delegate accounts.
	pub delegate_count: u32,
}

/// A badge class as returned by the runtime API.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ClassView<AccountId, Moment> {
	/// Issuer that defined the class.
	pub issuer: AccountId,
	/// Name, UTF-8.
	pub name: Vec<u8>,
	/// Description, UTF-8.
	pub description: Vec<u8>,
	/// Address of the criteria document, UTF-8, if published.
	pub criteria_uri: Option<Vec<u8>>,
	/// Hash of the criteria document, if given.
	pub criteria_hash: Option<H256>,
	/// Skills certified with their levels, sorted by skill id.
	pub skills: Vec<(SkillId, ProficiencyLevel)>,
	/// Validity period in milliseconds, if limited.
	pub validity: Option<Moment>,
	/// EQF level (1 to 8), if stated.
	pub eqf_level: Option<u8>,
	/// ECTS credits in tenths of a credit, if stated.
	pub ects_tenths: Option<u16>,
	/// Whether the class is retired.
	pub retired: bool,
	/// Time the class was created.
	pub created_at: Moment,
}

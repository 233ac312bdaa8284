use super::prelude::*;

#[test]
fn award_works() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None));
	});
}

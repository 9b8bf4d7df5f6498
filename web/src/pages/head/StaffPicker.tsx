/**
 * A staff member of the head's units, found by staff number or name (nobody types an account id): the
 * console's shared picker, valued by account id.
 */
export { StaffPicker } from '../../components/StaffPicker';

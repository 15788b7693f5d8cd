// A shared module: the component below pulls it into the browser bundle.
// ruleid: CLK004
import { createClerkClient } from '@clerk/backend';

export const listUsers = () => createClerkClient({ secretKey: 'unused-in-browser' }).users.getUserList();

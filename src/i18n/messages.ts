import { MESSAGES_EN, type Messages } from "./messages.en";

let active: Messages = MESSAGES_EN;

/** The messages in the user's language; the task pane switches it from Office's display language. */
export function messages(): Messages {
  return active;
}

export function setMessages(next: Messages): void {
  active = next;
}

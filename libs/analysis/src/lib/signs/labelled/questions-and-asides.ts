// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format): questions
// that ask about a delay, a rule or a manager without meeting one, against questions that
// complain; ages and past dates that are no wait; announcements, plans and asides in short
// messages. Without them the model reads "delayed?", "policy" or "two years" alone as a sign.
export const QUESTIONS_AND_ASIDES = `
- | c | Is the 7:15 to Leeds running on time today?
- | c | Are there any delays on the northern line this morning?
- | c | Will my parcel still come tomorrow if the weather turns?
- | c | How long does a bank transfer normally take to clear?
- | c | What happens to my booking if the flight gets delayed?
- | c | Could you tell me roughly how long the wait is at the Oxford Street branch today?
- | c | Do I need to arrive two hours early for an international departure?
- | c | If my train is late, am I entitled to anything back?
- | c | Does the refund go back to the card I paid with?
- | c | What's the return policy on sale items?
- | c | Is there a limit on how much I can withdraw at the counter?
- | c | Can my husband collect the parcel for me if he brings my ID?
- | c | What documents will I need to open a joint account?
- | c | Who should I speak to about a mortgage holiday?
- | c | Could I speak to the manager who organised the event? I want to thank her.
- | c | Which department handles lost property?
- | c | When does the new timetable start?
- | c | Is the engineer still booked for Thursday morning?
- | c | Any chance my order could arrive before the weekend?
- | c | How do I get a receipt showing the original departure time for my expenses?
- | c | Where can I see whether my claim has been received?
- | c | Is it normal for the app to ask me to log in again after an update?
- | s | Is the customer still waiting for the callback, or has someone rung her?
- | s | Has anyone checked whether the courier delivery is delayed by the snow?
- | s | Can you confirm which policy applies to refurbished phones?
- | s | Who is the duty manager this afternoon?
- | s | Do we know how long the system upgrade will take tonight?
- | c | My daughter is three years old, does she need her own seat?
- | c | My laptop is five years old, is it still covered for repairs?
- | c | I opened this account twenty years ago and it has always been fine.
- | c | I last flew with you a few years ago and loved it.
- | c | Two days later the card arrived, exactly as promised.
- | c | We booked the holiday months ago and can't wait to go.
- | c | I moved here a year ago and I'm looking for a new dentist.
- | s | The customer joined us fifteen years ago and has never complained.
- | s | We changed the tariff two months ago, so the old price no longer shows.
- | c | Starting in May you'll fly three times a week from Bristol to Faro, great news.
- | c | New routes announced today, looks like summer is sorted.
- | c | The bank is opening a branch in our town next spring.
- | c | Heading to the match tonight, see you at the station!
- | c | Off to Paris on Friday, first time on the sleeper train.
- | c | Going to my sister's wedding next week and I'm so excited.
- | c | Fingers crossed for sunshine at the weekend.
- | c | Watching the planes land while I wait for my brother.
- | c | The music on hold is actually quite catchy.
- | c | My kids loved the colouring books on board.
- | c | Retweeting for my friend who is looking for a lost teddy at terminal 2.
- | c | Our office is ordering new desks, do you do bulk discounts?
- | c | I'll be travelling with a guide dog, what do I need to arrange?
- | c | Great to see the queue moving so fast this morning.
- | c | The wait was short and the staff were lovely.
- | c | Just waiting for my coffee before boarding.
- | c | Still waiting to hear if I got the job, wish me luck!
- | c | I'm on hold with my own mother, she's chatting to the neighbour.
- | c | The contract says twelve months, which is what I wanted.
- | c | Is it your policy to price match other shops?
- | c | I read the policy and it all makes sense now, thanks.
- | c | I'd love to see more vegetarian options on the menu.
- | s | Reminder: the branch closes early on Christmas Eve.
- | s | We're extending opening hours from next Monday.
- | s | The new ticket machines go live at the end of the month.
- | s | Next week I'm covering the early shift for Sam.
delay | c | Is anyone actually going to answer my email from three weeks ago?
delay | c | How much longer do I have to wait for my refund? It's been a month.
delay | c | Why has nobody called me back after four attempts?
delay | c | Has my complaint been lost? I've heard nothing since March.
delay | c | Does anyone read these messages? Still no reply after ten days.
delay | c | Is it normal for a simple address change to take six weeks?
delay | c | Where is my money? You said five working days and it's been fifteen.
delay | c | Will somebody please tell me when my repair is happening? I've been chasing since June.
delay | c | I reported the leak two months ago and nobody has come out.
delay | c | I asked for a copy of my records a year ago and I'm still waiting.
delay | c | Three days later and still no sign of the engineer.
delay | s | Why is this ticket still open after five weeks?
delay | s | How did a simple refund sit in the queue for a whole month?
policy-friction | c | Why can't I change my own email address without visiting a branch?
policy-friction | c | How is it fair that I have to pay a fee just to change the date?
policy-friction | c | Is it really necessary to send my passport by post just to update my address?
policy-friction | c | Since when do you need a utility bill to change a phone number?
escalation | c | Who do I write to about making a formal complaint?
escalation | c | Can you give me the ombudsman's address? I've had enough.
escalation | c | Is there someone above you who can actually make a decision?
staff-conduct | c | Is it standard for your staff to laugh at customers?
staff-conduct | c | Why was the man at the desk so rude to my elderly father?
runaround | c | Why do I have to repeat my account number to every single person?
runaround | c | How many more departments are you going to pass me to?
churn-risk | c | Why should I stay with you when the bank down the road pays more?
churn-risk | c | Can you send me the code to move my number to another network?
blame | c | How is it my fault that your website crashed during payment?
blame | c | Are you seriously saying I caused this by using the app?
`;
